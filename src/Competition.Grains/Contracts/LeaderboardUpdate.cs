namespace Competition.Grains.Contracts;

/// <summary>One coalesced change: the jury's live standings, and the changes to the public board when it
/// changed too (it does not while frozen).</summary>
[GenerateSerializer, Immutable, Alias("Competition.LeaderboardUpdate")]
public sealed record LeaderboardUpdate(
    [property: Id(0)] LeaderboardSnapshot Jury,
    [property: Id(1)] LeaderboardChanges? Public);
