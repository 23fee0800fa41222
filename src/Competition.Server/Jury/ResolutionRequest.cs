namespace Competition.Server.Jury;

/// <summary>The chief judge resolves a disputed aspect: with an <see cref="AgreedScore"/> (0–3), or
/// without one to accept the panel's mean. The raw scores are kept either way.</summary>
public sealed record ResolutionRequest(long ContestantId, long AspectId, string Reason, decimal? AgreedScore = null) : IAspectDecision;
