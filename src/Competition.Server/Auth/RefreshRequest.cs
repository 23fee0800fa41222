namespace Competition.Server.Auth;

/// <summary>The refresh token from the last sign-in or refresh.</summary>
public sealed record RefreshRequest(string RefreshToken);
