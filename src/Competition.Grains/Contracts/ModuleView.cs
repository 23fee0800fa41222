namespace Competition.Grains.Contracts;

/// <summary>A module of the marking scheme with its aspects.</summary>
[GenerateSerializer, Immutable, Alias("Competition.ModuleView")]
public sealed record ModuleView(
    [property: Id(0)] long Id,
    [property: Id(1)] string Name,
    [property: Id(2)] decimal Weight,
    [property: Id(3)] IReadOnlyList<AspectView> Aspects);
