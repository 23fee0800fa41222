using Competition.Server.Apis.Models;
using FluentValidation;

namespace Competition.Server.Apis.Validators;

public sealed class ResolutionRequestValidator : AbstractValidator<ResolutionRequest>
{
    public ResolutionRequestValidator()
    {
        RuleFor(x => x.ContestantId).GreaterThan(0);
        RuleFor(x => x.AspectId).GreaterThan(0);
        RuleFor(x => x.Reason).Reason();
    }
}
