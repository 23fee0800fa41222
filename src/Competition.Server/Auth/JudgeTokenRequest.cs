namespace Competition.Server.Auth;

/// <summary>A judge's sign-in with the PIN the organizer handed out.</summary>
public sealed record JudgeTokenRequest(long CompetitionId, long JudgeId, string Pin);
