namespace Competition.Server.Apis.Models;

/// <summary>An account as organizers see it (never the password hash).</summary>
public sealed record AccountCreated(long Id, string Username, string Role, string? Organization = null, DateTimeOffset? LockedUntil = null);
