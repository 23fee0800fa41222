namespace Competition.Server.Accounts;

/// <summary>An account to create. <c>organization</c> names a registry organisation (or give its
/// <c>organizationId</c>); without either the account belongs to its creator's organisation.</summary>
public sealed record CreateAccountRequest(string Username, string Password, string? Role = null, string? Organization = null, long? OrganizationId = null);
