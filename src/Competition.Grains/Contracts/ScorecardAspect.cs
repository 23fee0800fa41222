namespace Competition.Grains.Contracts;

/// <summary>One aspect of a scorecard: the aggregated mark, or null while no judge has marked it.</summary>
[GenerateSerializer, Immutable, Alias("Competition.ScorecardAspect")]
public sealed record ScorecardAspect(
    [property: Id(0)] long AspectId,
    [property: Id(1)] string Name,
    [property: Id(2)] decimal MaxMark,
    [property: Id(3)] decimal? Mark);
