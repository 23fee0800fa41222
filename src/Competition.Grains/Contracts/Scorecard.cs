namespace Competition.Grains.Contracts;

/// <summary>A contestant's marks broken down by module and aspect.</summary>
[GenerateSerializer, Immutable, Alias("Competition.Scorecard")]
public sealed record Scorecard(
    [property: Id(0)] long CompetitionId,
    [property: Id(1)] ContestantView Contestant,
    [property: Id(2)] decimal Total,
    [property: Id(3)] IReadOnlyList<ScorecardModule> Modules);
