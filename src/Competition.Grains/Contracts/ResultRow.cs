using Competition.Domain.Rules;

namespace Competition.Grains.Contracts;

/// <summary>A contestant's result: rank, totals, the standardised score when the rules ask for it, and award.</summary>
[GenerateSerializer, Immutable, Alias("Competition.ResultRow")]
public sealed record ResultRow(
    [property: Id(0)] int? Rank,
    [property: Id(1)] long ContestantId,
    [property: Id(2)] string Bib,
    [property: Id(3)] string Name,
    [property: Id(4)] string Employer,
    [property: Id(5)] bool OutOfRanking,
    [property: Id(6)] decimal Total,
    [property: Id(7)] decimal? Theory,
    [property: Id(8)] decimal? CompletionMinutes,
    [property: Id(9)] int? Standardised,
    [property: Id(10)] Award? Award,
    [property: Id(11)] string? Title,
    [property: Id(12)] IReadOnlyList<ModuleTotal> Modules);
