namespace Competition.Server.Promotions;

/// <summary>A remark about one contestant.</summary>
public sealed record ContestantNote(long ContestantId, string Bib, string Name, string Note);
