using FluentValidation;

namespace Competition.Server.Competitions;

public sealed class FiguresRequestValidator : AbstractValidator<FiguresRequest>
{
    public FiguresRequestValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.Rows).NotEmpty().Must(r => r.Count <= CreateCompetitionRequestValidator.MaxContestants)
            .WithMessage($"At most {CreateCompetitionRequestValidator.MaxContestants} rows.");
        RuleForEach(x => x.Rows).NotNull().ChildRules(row =>
        {
            row.RuleFor(r => r.ContestantId).GreaterThan(0);
            row.RuleFor(r => r.Value).PrecisionScale(9, 2, ignoreTrailingZeros: true);
        });
    }
}
