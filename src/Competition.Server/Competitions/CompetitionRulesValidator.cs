using Competition.Domain;
using Competition.Domain.Rules;
using FluentValidation;

namespace Competition.Server.Competitions;

/// <summary>The shape of a rules document; what the numbers must satisfy against the scheme is the
/// domain's <see cref="CompetitionRules.Check"/>.</summary>
public sealed class CompetitionRulesValidator : AbstractValidator<CompetitionRules>
{
    public CompetitionRulesValidator()
    {
        // Stop a rule at its first failure, so a missing list is reported rather than counted.
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(x => x.TieBreaks).NotNull().Must(t => t.Count <= 10).WithMessage("At most 10 tie-breaks.");
        RuleForEach(x => x.TieBreaks).NotNull().ChildRules(t => t.RuleFor(x => x.ModuleId).NotNull()
            .When(x => x.Kind == TieBreakKind.Module).WithMessage("A module tie-break names its moduleId."));
        RuleFor(x => x.Awards).NotNull();
        RuleFor(x => x.Awards.Titles).NotNull().When(x => x.Awards is not null);
        RuleForEach(x => x.Awards.Titles).Must(t => Text.IsPlainName(t.Value) && t.Value.Length <= 100)
            .WithMessage("A title is 1 to 100 visible characters, without control or formatting characters.").When(x => x.Awards?.Titles is not null);
        RuleFor(x => x.TrimCount).InclusiveBetween(0, 10);
    }

    /// <summary>Whether a rules document is whole enough for <see cref="CompetitionRules.Check"/> to read.</summary>
    public static bool IsWellFormed(CompetitionRules rules) =>
        rules.TieBreaks is not null && rules.TieBreaks.All(t => t is not null) && rules.Awards?.Titles is not null;
}
