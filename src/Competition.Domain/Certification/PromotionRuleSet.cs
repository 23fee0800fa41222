namespace Competition.Domain.Certification;

/// <summary>
/// A named, versioned set of promotion rules. Drafts record the version they were made under, so a new
/// version never changes what an earlier competition proposed.
/// </summary>
/// <param name="MonthsBetweenPromotions">A worker is promoted at most once in this many months (12: once a year).</param>
public sealed record PromotionRuleSet(string Name, int Version, IReadOnlyList<PromotionRule> Rules, int MonthsBetweenPromotions = 12);
