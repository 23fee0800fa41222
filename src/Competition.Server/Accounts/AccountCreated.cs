namespace Competition.Server.Accounts;

/// <summary>An account as administrators see it: never a password or its hash.</summary>
public sealed record AccountCreated(long Id, string Username, string Role, string? Organization = null, DateTimeOffset? LockedUntil = null, long? OrganizationId = null);
