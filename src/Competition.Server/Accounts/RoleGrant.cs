namespace Competition.Server.Accounts;

/// <summary>A role to grant, optionally moving the account to another registry organisation (by name or id).</summary>
public sealed record RoleGrant(string Role, string? Organization = null, long? OrganizationId = null);
