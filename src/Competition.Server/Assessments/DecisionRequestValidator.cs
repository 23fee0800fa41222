using Competition.Server.Validation;
using FluentValidation;

namespace Competition.Server.Assessments;

public sealed class DecisionRequestValidator : AbstractValidator<DecisionRequest>
{
    public DecisionRequestValidator() => RuleFor(x => x.Reason).MaximumLength(TextRules.MaxReasonLength);
}
