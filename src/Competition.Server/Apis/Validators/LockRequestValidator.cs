using Competition.Server.Apis.Models;
using FluentValidation;

namespace Competition.Server.Apis.Validators;

public sealed class LockRequestValidator : AbstractValidator<LockRequest>
{
    public LockRequestValidator() => RuleFor(x => x.Reason).MaximumLength(ReasonRules.MaxLength);
}
