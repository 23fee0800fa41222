using Competition.Domain.Marking;

namespace Competition.Domain.Rules;

/// <summary>
/// The rules that differ between organisers, set per competition. The defaults follow WorldSkills
/// marking and the Chinese provincial award rules in the domain reference.
/// </summary>
public sealed record CompetitionRules
{
    /// <summary>Judgement scores further apart than this put the aspect into moderation.</summary>
    public decimal DisagreementThreshold { get; init; } = 1m;

    /// <summary>How graded aspects combine their judges' marks unless an aspect says otherwise.</summary>
    public GradedAggregation GradedAggregation { get; init; } = GradedAggregation.TrimmedMean;

    /// <summary>Marks dropped from each end by a trimmed mean; null: one each once five or more judges mark.</summary>
    public int? TrimCount { get; init; }

    /// <summary>What decides between equal totals, in order. Contestants still equal share a rank.</summary>
    public IReadOnlyList<TieBreak> TieBreaks { get; init; } =
        [new(TieBreakKind.PracticalTotal), new(TieBreakKind.JudgementTotal), new(TieBreakKind.CompletionTime)];

    public AwardRules Awards { get; init; } = new();

    /// <summary>The rules for a new scheme (a clone, a replaced draft scheme): module tie-breaks name the
    /// old modules' ids, so they go; everything else stays.</summary>
    public CompetitionRules ForNewScheme() => this with { TieBreaks = TieBreaks.Where(t => t.Kind != TieBreakKind.Module).ToList() };

    /// <summary>Show the WorldSkills-style standardised score (median 700) next to the raw total.</summary>
    public bool StandardisedScale { get; init; }

    /// <summary>A judge whose mean absolute deviation from the rest of the panel exceeds this share of the
    /// aspect's scale is flagged for the chief judge.</summary>
    public decimal DriftTolerance { get; init; } = 0.15m;

    /// <summary>Show judges to the public only by number (names and employers to the jury alone).</summary>
    public bool HideJudgeIdentities { get; init; }

    /// <summary>Blind judging (加密): until the numbers are decrypted after the results are locked, judges and
    /// the public see contestants by drawn number and workstation only, never by name or employer.</summary>
    public bool Blind { get; init; }

    /// <summary>An imported theory-exam component, when the competition has one.</summary>
    public TheoryComponent? Theory { get; init; }

    public static CompetitionRules Default { get; } = new();

    /// <summary>Checks the rules against the scheme they will govern; null when they fit.</summary>
    public DomainError? Check(MarkingScheme scheme)
    {
        if (DisagreementThreshold < 0 || DriftTolerance <= 0 || TrimCount is < 0)
        {
            return Invalid("Thresholds and trim counts cannot be negative; the drift tolerance must be positive.");
        }
        if (TieBreaks.FirstOrDefault(t => t.Kind == TieBreakKind.Module && scheme.ModuleIndexOf(t.ModuleId ?? 0) < 0) is { } unknown)
        {
            return Invalid($"The tie-break names module {unknown.ModuleId}, which is not in the scheme.");
        }
        if (Theory is { Weight: <= 0 } or { MaxScore: <= 0 })
        {
            return Invalid("A theory component needs a positive weight and maximum score.");
        }
        return Awards.Check();
    }

    private static DomainError Invalid(string message) => new(ErrorKind.Invalid, "rules.invalid", message);
}
