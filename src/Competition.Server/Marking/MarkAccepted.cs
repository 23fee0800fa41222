namespace Competition.Server.Marking;

/// <summary>The mark is committed; <see cref="Sequence"/> is its place in the competition's ledger.</summary>
public sealed record MarkAccepted(bool Accepted, long Sequence);
