namespace Competition.Grains.Contracts;

/// <summary>One contestant's line on the board. Tied contestants share <see cref="Rank"/>;
/// out-of-ranking contestants have none. A <see cref="Hidden"/> row is a place not yet revealed in the
/// ceremony: it carries its rank and nothing else.</summary>
[GenerateSerializer, Immutable, Alias("Competition.LeaderboardRow")]
public sealed record LeaderboardRow(
    [property: Id(0)] int? Rank,
    [property: Id(1)] long ContestantId,
    [property: Id(2)] string Bib,
    [property: Id(3)] string Name,
    [property: Id(4)] string Employer,
    [property: Id(5)] decimal Total,
    [property: Id(6)] IReadOnlyList<ModuleTotal> Modules,
    [property: Id(7)] int MarkCount,
    [property: Id(8)] bool OutOfRanking = false,
    [property: Id(9)] int? Standardised = null,
    [property: Id(10)] bool Hidden = false);
