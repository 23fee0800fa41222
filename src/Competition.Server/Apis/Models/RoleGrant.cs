namespace Competition.Server.Apis.Models;

/// <summary>A role (and, for an HR officer, the organisation) to give an account.</summary>
public sealed record RoleGrant(string Role, string? Organization = null);
