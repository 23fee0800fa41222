namespace Competition.Server.Competitions;

/// <summary>A judge's new PIN, shown this once: print the slip now.</summary>
public sealed record PinReset(long JudgeId, string Pin);
