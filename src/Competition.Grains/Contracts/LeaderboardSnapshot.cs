using Competition.Domain.Standings;

namespace Competition.Grains.Contracts;

/// <summary>The ranked standings of a competition at one version. <see cref="Version"/> counts the
/// ledger events behind it, so it only grows, across restarts too. The public board may be
/// <see cref="BoardPhase.Frozen"/> or <see cref="BoardPhase.Revealing"/>; the jury's is always live.</summary>
[GenerateSerializer, Immutable, Alias("Competition.LeaderboardSnapshot")]
public sealed record LeaderboardSnapshot(
    [property: Id(0)] long CompetitionId,
    [property: Id(1)] long Version,
    [property: Id(2)] IReadOnlyList<LeaderboardRow> Rows,
    [property: Id(3)] BoardPhase Phase = BoardPhase.Live);
