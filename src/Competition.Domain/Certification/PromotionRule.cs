using Competition.Domain.Rules;

namespace Competition.Domain.Certification;

/// <summary>
/// One line of a promotion rule set: in competitions of <see cref="ContestClass"/>, contestants who meet
/// the condition (exactly one of <see cref="TopRanks"/>, <see cref="TopShare"/>, <see cref="Awards"/>)
/// are proposed for <see cref="Level"/>, or for <see cref="LevelIfAlready"/> when they already hold
/// <see cref="Level"/> or higher. E.g. "municipal class-1: top 10 → 技师, 高级技师 if already 技师".
/// </summary>
public sealed record PromotionRule(
    string ContestClass,
    SkillLevel Level,
    SkillLevel? LevelIfAlready = null,
    int? TopRanks = null,
    decimal? TopShare = null,
    IReadOnlyList<Award>? Awards = null);
