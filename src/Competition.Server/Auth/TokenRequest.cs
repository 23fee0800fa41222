namespace Competition.Server.Auth;

/// <summary>An organizer's sign-in.</summary>
public sealed record TokenRequest(string Username, string Password);
