using Competition.Server.Competitions;
using FluentValidation;

namespace Competition.Server.Jury;

public sealed class RevealRequestValidator : AbstractValidator<RevealRequest>
{
    public RevealRequestValidator() => RuleFor(x => x.Places).InclusiveBetween(1, CreateCompetitionRequestValidator.MaxContestants);
}
