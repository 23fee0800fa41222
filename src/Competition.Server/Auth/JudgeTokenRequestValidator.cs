using FluentValidation;

namespace Competition.Server.Auth;

public sealed class JudgeTokenRequestValidator : AbstractValidator<JudgeTokenRequest>
{
    public JudgeTokenRequestValidator()
    {
        RuleFor(x => x.CompetitionId).GreaterThan(0);
        RuleFor(x => x.JudgeId).GreaterThan(0);
        RuleFor(x => x.Pin).NotEmpty().Matches("^[0-9]{4,12}$").WithMessage("The PIN is 4 to 12 digits.");
    }
}
