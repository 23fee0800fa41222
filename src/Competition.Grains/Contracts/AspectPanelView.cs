namespace Competition.Grains.Contracts;

/// <summary>The judges named for an aspect's panel (aspects not listed: every judge but the chief).</summary>
[GenerateSerializer, Immutable, Alias("Competition.AspectPanelView")]
public sealed record AspectPanelView(
    [property: Id(0)] long AspectId,
    [property: Id(1)] IReadOnlyList<long> JudgeIds);
