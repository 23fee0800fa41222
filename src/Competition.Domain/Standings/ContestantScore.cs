using Competition.Domain.Marking;
using Competition.Domain.Panels;

namespace Competition.Domain.Standings;

/// <summary>A contestant's running figures; every field a ranking or tie-break needs is kept current.</summary>
internal sealed class ContestantScore(ContestantInfo info, int moduleCount)
{
    public ContestantInfo Info { get; } = info;
    public readonly decimal[] ModuleTotals = new decimal[moduleCount];
    /// <summary>Weighted totals by aspect kind (measurement, judgement, graded).</summary>
    public readonly decimal[] KindTotals = new decimal[Enum.GetValues<AspectKind>().Length];
    public readonly Dictionary<long, AspectCell> Cells = [];
    public decimal Practical;
    public decimal? Theory;
    public decimal TheoryContribution;
    public decimal? CompletionMinutes;
    public int MarkCount;

    public decimal Total => Practical + TheoryContribution;

    public decimal RoundedTotal => decimal.Round(Total, 2);
}
