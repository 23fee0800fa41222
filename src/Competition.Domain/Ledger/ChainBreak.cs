namespace Competition.Domain.Ledger;

/// <summary>The first ledger event whose hash or link does not hold, and why.</summary>
public sealed record ChainBreak(long Sequence, string Reason);
