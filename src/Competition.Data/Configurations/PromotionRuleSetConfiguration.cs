using Competition.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Competition.Data.Configurations;

internal sealed class PromotionRuleSetConfiguration : IEntityTypeConfiguration<PromotionRuleSetEntity>
{
    public void Configure(EntityTypeBuilder<PromotionRuleSetEntity> b)
    {
        b.ToTable("PromotionRuleSets");
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.CreatedBy).HasMaxLength(100);
        b.Property(x => x.Rules).HasJsonConversion("RulesJson");
        b.HasIndex(x => new { x.Name, x.Version }).IsUnique();
    }
}
