namespace Competition.Server.Apis.Models;

/// <summary>A new account: <c>role</c> is organizer (default), hr-officer or negotiator; an HR officer
/// names the <c>organization</c> they issue certificates for.</summary>
public sealed record CreateAccountRequest(string Username, string Password, string? Role = null, string? Organization = null);
