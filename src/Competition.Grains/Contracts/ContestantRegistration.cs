namespace Competition.Grains.Contracts;

/// <summary>A contestant to register.</summary>
[GenerateSerializer, Immutable, Alias("Competition.ContestantRegistration")]
public sealed record ContestantRegistration(
    [property: Id(0)] string Bib,
    [property: Id(1)] string Name,
    [property: Id(2)] string Employer,
    [property: Id(3)] bool OutOfRanking,
    [property: Id(4)] long? WorkerId);
