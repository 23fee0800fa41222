namespace Competition.Seed;

/// <summary>A demo account made now, for the host to announce: who, of which organisation, and the password generated (null: configured).</summary>
public sealed record DemoAccount(string Username, DemoRole Role, string? Organization, string? GeneratedPassword);
