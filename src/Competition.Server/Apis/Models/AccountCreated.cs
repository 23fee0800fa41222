namespace Competition.Server.Apis.Models;

/// <summary>The account just created.</summary>
public sealed record AccountCreated(long Id, string Username, string Role);
