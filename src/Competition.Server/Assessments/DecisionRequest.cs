namespace Competition.Server.Assessments;

/// <summary>An HR officer's decision on a draft, or a status change of a certificate: the reason is recorded.</summary>
public sealed record DecisionRequest(string? Reason);
