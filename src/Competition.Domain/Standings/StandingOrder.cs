using Competition.Domain.Marking;
using Competition.Domain.Rules;

namespace Competition.Domain.Standings;

/// <summary>
/// Orders contestants best first: total, then the tie-break chain, then drawn number and bib (display only). Two
/// contestants are tied, and share a rank, when the total and every tie-break are equal.
/// </summary>
internal sealed class StandingOrder(MarkingScheme scheme, CompetitionRules rules) : IComparer<ContestantScore>
{
    private readonly (TieBreak Rule, int ModuleIndex)[] _chain =
        rules.TieBreaks.Select(t => (t, t.Kind == TieBreakKind.Module ? scheme.ModuleIndexOf(t.ModuleId ?? 0) : -1)).ToArray();

    public int Compare(ContestantScore? x, ContestantScore? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }
        var rank = CompareRank(x!, y!);
        if (rank != 0)
        {
            return rank;
        }
        // Drawn numbers first: on a blind board the registration order would tell who is who.
        var number = (x!.Info.DrawnNumber ?? int.MaxValue).CompareTo(y!.Info.DrawnNumber ?? int.MaxValue);
        if (number != 0)
        {
            return number;
        }
        var bib = string.CompareOrdinal(x.Info.Bib, y.Info.Bib);
        return bib != 0 ? bib : x.Info.Id.CompareTo(y.Info.Id);
    }

    public bool Tied(ContestantScore x, ContestantScore y) => CompareRank(x, y) == 0;

    /// <summary>Negative when x is ahead of y.</summary>
    private int CompareRank(ContestantScore x, ContestantScore y)
    {
        var total = y.RoundedTotal.CompareTo(x.RoundedTotal);
        if (total != 0)
        {
            return total;
        }
        foreach (var (rule, moduleIndex) in _chain)
        {
            var result = rule.Kind == TieBreakKind.CompletionTime
                ? CompareTimes(x.CompletionMinutes, y.CompletionMinutes)
                : Value(y, rule.Kind, moduleIndex).CompareTo(Value(x, rule.Kind, moduleIndex));
            if (result != 0)
            {
                return result;
            }
        }
        return 0;
    }

    private static decimal Value(ContestantScore s, TieBreakKind kind, int moduleIndex) => decimal.Round(kind switch
    {
        TieBreakKind.PracticalTotal => s.Practical,
        TieBreakKind.TheoryTotal => s.TheoryContribution,
        TieBreakKind.JudgementTotal => s.KindTotals[(int)AspectKind.Judgement],
        TieBreakKind.MeasurementTotal => s.KindTotals[(int)AspectKind.Measurement],
        TieBreakKind.GradedTotal => s.KindTotals[(int)AspectKind.Graded],
        TieBreakKind.Module => moduleIndex >= 0 ? s.ModuleTotals[moduleIndex] : 0m,
        _ => 0m,
    }, 2);

    /// <summary>Fewer minutes first; a contestant without a recorded time comes after those with one.</summary>
    private static int CompareTimes(decimal? x, decimal? y) => (x, y) switch
    {
        (null, null) => 0,
        (null, _) => 1,
        (_, null) => -1,
        _ => x.Value.CompareTo(y.Value),
    };
}
