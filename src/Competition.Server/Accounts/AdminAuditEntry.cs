namespace Competition.Server.Accounts;

/// <summary>One line of the administrative audit log.</summary>
public sealed record AdminAuditEntry(long Id, DateTimeOffset At, string Actor, string Action, string Target, string? Detail);
