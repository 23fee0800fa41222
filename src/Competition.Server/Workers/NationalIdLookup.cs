namespace Competition.Server.Workers;

/// <summary>Finds a worker by national ID (posted, so the number stays out of addresses and logs).</summary>
public sealed record NationalIdLookup(string NationalId);
