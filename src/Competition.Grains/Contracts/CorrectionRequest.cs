namespace Competition.Grains.Contracts;

/// <summary>The chief judge's proposal to set <see cref="JudgeId"/>'s entry after a lock.</summary>
[GenerateSerializer, Immutable, Alias("Competition.CorrectionRequest")]
public sealed record CorrectionRequest(
    [property: Id(0)] long JudgeId,
    [property: Id(1)] long ContestantId,
    [property: Id(2)] long AspectId,
    [property: Id(3)] decimal Value,
    [property: Id(4)] string Reason);
