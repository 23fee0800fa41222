namespace Competition.Domain.Standings;

/// <summary>A contestant's place in the standings.</summary>
/// <param name="ModuleTotals">Raw (unweighted) total of each module, in scheme order.</param>
/// <param name="Total">Weighted total over the modules, rounded to 2 decimals; ranking uses this figure.</param>
public sealed record Standing(int Rank, long ContestantId, decimal Total, IReadOnlyList<decimal> ModuleTotals, int MarkCount);
