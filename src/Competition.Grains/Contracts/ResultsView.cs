namespace Competition.Grains.Contracts;

/// <summary>The ranking with awards; <see cref="Final"/> once the chief judge has locked the results.</summary>
[GenerateSerializer, Immutable, Alias("Competition.ResultsView")]
public sealed record ResultsView(
    [property: Id(0)] long CompetitionId,
    [property: Id(1)] bool Final,
    [property: Id(2)] long Version,
    [property: Id(3)] IReadOnlyList<ResultRow> Rows);
