namespace Competition.Server.Jury;

/// <summary>The chief judge asks the panel to score a disputed aspect again.</summary>
public sealed record RescoreRequest(long ContestantId, long AspectId, string Reason) : IAspectDecision;
