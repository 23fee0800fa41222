namespace Competition.Server.Audit;

/// <summary>The result of recomputing a competition's hash chain: intact, or the first broken link.</summary>
public sealed record AuditVerification(bool Intact, long Events, long? FirstBrokenSequence, string? Reason);
