namespace Competition.Server.Auth;

/// <summary>A bearer token for the <c>Authorization</c> header, and for accounts a refresh token that
/// gets the next pair (<c>POST /api/auth/refresh</c>) before this one expires.</summary>
public sealed record TokenResponse(string Token, DateTimeOffset ExpiresAt, string? RefreshToken = null);
