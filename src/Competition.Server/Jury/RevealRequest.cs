namespace Competition.Server.Jury;

/// <summary>How many more places to reveal, from the bottom (default one).</summary>
public sealed record RevealRequest(int Places = 1);
