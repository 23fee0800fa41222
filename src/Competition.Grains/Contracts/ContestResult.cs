using Competition.Domain.Rules;

namespace Competition.Grains.Contracts;

/// <summary>A contestant's published result: place among <see cref="Ranked"/> ranked contestants, total and award.</summary>
[GenerateSerializer, Immutable, Alias("Competition.ContestResult")]
public sealed record ContestResult(
    [property: Id(0)] int? Rank,
    [property: Id(1)] int Ranked,
    [property: Id(2)] decimal Total,
    [property: Id(3)] Award? Award,
    [property: Id(4)] string? Title);
