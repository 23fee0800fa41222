using Competition.Domain.Certification;

namespace Competition.Data.Entities;

/// <summary>One version of a named promotion rule set; versions are only ever added.</summary>
public sealed class PromotionRuleSetEntity
{
    public long Id { get; set; }
    public required string Name { get; set; }
    public int Version { get; set; }
    public required List<PromotionRule> Rules { get; set; }
    public int MonthsBetweenPromotions { get; set; }
    public required string CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
