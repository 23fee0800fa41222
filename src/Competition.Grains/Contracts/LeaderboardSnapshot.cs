using Competition.Domain.Standings;

namespace Competition.Grains.Contracts;

/// <summary>The ranked standings of a competition at one version. <see cref="Version"/> counts the
/// ledger events behind it, so it only grows, across restarts too. The public board may be
/// <see cref="BoardPhase.Frozen"/> or <see cref="BoardPhase.Revealing"/>; the jury's is always live.
/// A pushed snapshot names the version of the push before it (<see cref="PreviousVersion"/>): a client
/// holding an older version than that missed a message and asks for a snapshot again.</summary>
[GenerateSerializer, Immutable, Alias("Competition.LeaderboardSnapshot")]
public sealed record LeaderboardSnapshot(
    [property: Id(0)] long CompetitionId,
    [property: Id(1)] long Version,
    [property: Id(2)] IReadOnlyList<LeaderboardRow> Rows,
    [property: Id(3)] BoardPhase Phase = BoardPhase.Live,
    [property: Id(4)] long? PreviousVersion = null);
