using Competition.Domain.Certification;

namespace Competition.Domain.Wages;

/// <summary>A monthly amount in yuan for one level (a skill allowance).</summary>
public sealed record LevelAmount(SkillLevel Level, decimal Monthly);
