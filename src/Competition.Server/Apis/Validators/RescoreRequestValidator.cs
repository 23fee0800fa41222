using Competition.Server.Apis.Models;
using FluentValidation;

namespace Competition.Server.Apis.Validators;

public sealed class RescoreRequestValidator : AbstractValidator<RescoreRequest>
{
    public RescoreRequestValidator()
    {
        RuleFor(x => x.ContestantId).GreaterThan(0);
        RuleFor(x => x.AspectId).GreaterThan(0);
        RuleFor(x => x.Reason).Reason();
    }
}
