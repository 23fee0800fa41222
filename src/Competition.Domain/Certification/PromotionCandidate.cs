using Competition.Domain.Rules;

namespace Competition.Domain.Certification;

/// <summary>A contestant's final result and what is known of them as a worker.</summary>
/// <param name="CurrentLevel">The highest level the worker holds a valid certificate for; null: none.</param>
/// <param name="LastPromotionAt">When the worker was last promoted (an assessment passed), if ever.</param>
public sealed record PromotionCandidate(
    long ContestantId, int? Rank, Award? Award, SkillLevel? CurrentLevel, DateTimeOffset? LastPromotionAt);
