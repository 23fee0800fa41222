namespace Competition.Server.Competitions;

/// <summary>A judge with the access PIN, shown to the organizer once.</summary>
public sealed record JudgeWithPin(long Id, string Name, string Employer, bool IsChief, string Pin);
