using Competition.Domain.Competitions;

namespace Competition.Server.Registration;

/// <summary>A contestant's corrected name and employer; once live, with a <c>reason</c>.</summary>
public sealed record ContestantCorrectionRequest(string Name, string Employer, string? Reason = null);
