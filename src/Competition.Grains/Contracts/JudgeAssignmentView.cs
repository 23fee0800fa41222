namespace Competition.Grains.Contracts;

/// <summary>The only contestants a judge marks.</summary>
[GenerateSerializer, Immutable, Alias("Competition.JudgeAssignmentView")]
public sealed record JudgeAssignmentView(
    [property: Id(0)] long JudgeId,
    [property: Id(1)] IReadOnlyList<long> ContestantIds);
