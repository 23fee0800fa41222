namespace Competition.Server.Cluster;

/// <summary>The cluster's members; <paramref name="ThisSilo"/> is the host that answered.</summary>
public sealed record ClusterView(string ThisSilo, IReadOnlyList<SiloView> Silos);

/// <summary>One host: its silo address (<c>ip:port@generation</c>), membership state (Active, Dead, …) and names.</summary>
public sealed record SiloView(string Address, string Status, string SiloName, string HostName, DateTime StartedAt, bool ThisHost);

/// <summary>Where a competition's grain is active; <paramref name="Silo"/> is null when nowhere.</summary>
public sealed record CompetitionHost(long CompetitionId, string? Silo);
