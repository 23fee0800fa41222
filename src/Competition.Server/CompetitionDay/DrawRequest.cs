namespace Competition.Server.CompetitionDay;

/// <summary>A re-draw says why (kept in the ledger); the first draw needs no body.</summary>
public sealed record DrawRequest(string? Reason);
