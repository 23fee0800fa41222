namespace Competition.Server.Apis.Models;

/// <summary>A bearer token for the <c>Authorization</c> header.</summary>
public sealed record TokenResponse(string Token, DateTimeOffset ExpiresAt);
