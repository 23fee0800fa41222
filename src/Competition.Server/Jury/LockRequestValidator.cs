using Competition.Server.Validation;
using FluentValidation;

namespace Competition.Server.Jury;

public sealed class LockRequestValidator : AbstractValidator<LockRequest>
{
    public LockRequestValidator() => RuleFor(x => x.Reason).MaximumLength(TextRules.MaxReasonLength);
}
