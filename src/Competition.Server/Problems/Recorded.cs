namespace Competition.Server.Problems;

/// <summary>The change is committed as ledger event <see cref="Sequence"/>.</summary>
public sealed record Recorded(long Sequence);
