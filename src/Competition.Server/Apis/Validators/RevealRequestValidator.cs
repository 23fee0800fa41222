using Competition.Server.Apis.Models;
using FluentValidation;

namespace Competition.Server.Apis.Validators;

public sealed class RevealRequestValidator : AbstractValidator<RevealRequest>
{
    public RevealRequestValidator() => RuleFor(x => x.Places).InclusiveBetween(1, CreateCompetitionRequestValidator.MaxContestants);
}
