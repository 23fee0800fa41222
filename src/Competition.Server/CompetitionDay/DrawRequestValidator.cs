using Competition.Server.Validation;
using FluentValidation;

namespace Competition.Server.CompetitionDay;

public sealed class DrawRequestValidator : AbstractValidator<DrawRequest>
{
    public DrawRequestValidator() => RuleFor(x => x.Reason).MaximumLength(TextRules.MaxReasonLength);
}
