namespace Competition.Domain.CompetitionDay;

/// <summary>A draw performed, as the ledger keeps it: enough to recompute it (<see cref="Lots"/>).</summary>
public sealed record DrawRecord(
    int Round,
    string Commitment,
    string Seed,
    IReadOnlyList<long> Input,
    IReadOnlyList<long> Order,
    int? Workstations,
    DateTimeOffset DrawnAt,
    string DrawnBy,
    string? Reason);
