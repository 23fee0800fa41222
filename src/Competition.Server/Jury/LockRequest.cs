namespace Competition.Server.Jury;

/// <summary>A lock, with a reason where one is needed (results with marks missing).</summary>
public sealed record LockRequest(string? Reason = null);
