using Competition.Server.Validation;
using FluentValidation;

namespace Competition.Server.Certificates;

public sealed class ReasonRequestValidator : AbstractValidator<ReasonRequest>
{
    public ReasonRequestValidator() => RuleFor(x => x.Reason).Reason();
}
