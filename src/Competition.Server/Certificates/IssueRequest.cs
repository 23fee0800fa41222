namespace Competition.Server.Certificates;

/// <summary>Issue a certificate from a passed assessment.</summary>
public sealed record IssueRequest(long AssessmentId);
