using Competition.Domain.Certification;

namespace Competition.Server.Promotions;

/// <summary>One version of a promotion rule set.</summary>
public sealed record PromotionRuleSetView(
    string Name, int Version, IReadOnlyList<PromotionRule> Rules, int MonthsBetweenPromotions, string CreatedBy, DateTimeOffset CreatedAt);
