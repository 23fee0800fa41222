namespace Competition.Domain.Standings;

/// <summary>A contestant's place in the standings.</summary>
/// <param name="Rank">Standard competition rank; null for a contestant out of ranking.</param>
/// <param name="Total">Weighted total (modules and theory), rounded to 2 decimals; ranking uses this figure.</param>
/// <param name="ModuleTotals">Raw (unweighted) total of each module, in scheme order.</param>
/// <param name="MarkCount">Judges' entries counted (the latest per judge, contestant and aspect).</param>
public sealed record Standing(
    int? Rank,
    long ContestantId,
    decimal Total,
    IReadOnlyList<decimal> ModuleTotals,
    int MarkCount,
    bool OutOfRanking = false,
    decimal? Theory = null,
    decimal? CompletionMinutes = null);
