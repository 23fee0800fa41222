namespace Competition.Server.Apis.Models;

/// <summary>Another organizer account (for example the second person who approves corrections).</summary>
public sealed record CreateAccountRequest(string Username, string Password);
