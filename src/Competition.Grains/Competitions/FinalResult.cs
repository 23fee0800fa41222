using Competition.Domain.Rules;

namespace Competition.Grains.Competitions;

/// <summary>A contestant's place in locked results: rank (null: not ranked), award and honorary title.</summary>
internal sealed record FinalResult(long ContestantId, int? Rank, Award? Award, string? Title);
