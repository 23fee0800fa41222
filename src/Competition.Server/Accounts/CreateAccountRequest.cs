namespace Competition.Server.Accounts;

/// <summary>An account to create, with its role (required). <c>organization</c> names a registry organisation
/// (or give its <c>organizationId</c>); without either the account belongs to its creator's organisation.
/// The username is kept in lower case: it is unique whatever its case.</summary>
public sealed record CreateAccountRequest(string Username, string Password, string? Role, string? Organization = null, long? OrganizationId = null);
