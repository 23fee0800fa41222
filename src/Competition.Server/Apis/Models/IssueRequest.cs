namespace Competition.Server.Apis.Models;

/// <summary>Issue a certificate from a passed assessment.</summary>
public sealed record IssueRequest(long AssessmentId);
