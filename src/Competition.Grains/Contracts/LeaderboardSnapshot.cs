namespace Competition.Grains.Contracts;

/// <summary>The ranked standings of a competition at one version. <see cref="Version"/> counts the
/// ledger rows applied, so it only grows, across restarts too.</summary>
[GenerateSerializer, Immutable, Alias("Competition.LeaderboardSnapshot")]
public sealed record LeaderboardSnapshot(
    [property: Id(0)] long CompetitionId,
    [property: Id(1)] long Version,
    [property: Id(2)] IReadOnlyList<LeaderboardRow> Rows);
