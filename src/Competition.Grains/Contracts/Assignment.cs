namespace Competition.Grains.Contracts;

/// <summary>A contestant's aspect a judge is to mark, with the judge's entry so far (null: not yet) and
/// whether the chief judge has asked them to score it again.</summary>
[GenerateSerializer, Immutable, Alias("Competition.Assignment")]
public sealed record Assignment(
    [property: Id(0)] long ContestantId,
    [property: Id(1)] long AspectId,
    [property: Id(2)] decimal? Value,
    [property: Id(3)] bool RescoreRequested);
