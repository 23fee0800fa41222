using Competition.Domain.Certification;

namespace Competition.Server.Promotions;

/// <summary>A new version of a named promotion rule set.</summary>
public sealed record PromotionRulesRequest(IReadOnlyList<PromotionRule> Rules, int MonthsBetweenPromotions = 12);
