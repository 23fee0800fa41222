namespace Competition.Grains.Contracts;

/// <summary>One module of a scorecard.</summary>
[GenerateSerializer, Immutable, Alias("Competition.ScorecardModule")]
public sealed record ScorecardModule(
    [property: Id(0)] long ModuleId,
    [property: Id(1)] string Name,
    [property: Id(2)] decimal Total,
    [property: Id(3)] IReadOnlyList<ScorecardAspect> Aspects);
