namespace Competition.Grains.Contracts;

/// <summary>A contestant's raw total in one module.</summary>
[GenerateSerializer, Immutable, Alias("Competition.ModuleTotal")]
public sealed record ModuleTotal(
    [property: Id(0)] long ModuleId,
    [property: Id(1)] decimal Total);
