using Competition.Domain.Competitions;

namespace Competition.Server.Registration;

/// <summary>The judge who takes over from another, and why.</summary>
public sealed record JudgeReplacementRequest(string Name, string Employer, string Reason);
