using Competition.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Competition.Data.Configurations;

internal sealed class CompetitionPromotionConfiguration : IEntityTypeConfiguration<CompetitionPromotionEntity>
{
    public void Configure(EntityTypeBuilder<CompetitionPromotionEntity> b)
    {
        b.ToTable("CompetitionPromotions");
        b.HasKey(x => x.CompetitionId);
        b.Property(x => x.CompetitionId).ValueGeneratedNever();
        b.Property(x => x.RuleSetName).HasMaxLength(100);
        b.Property(x => x.ContestClass).HasMaxLength(100);
        b.Property(x => x.OccupationCode).HasMaxLength(20);
        b.Property(x => x.OccupationEdition).HasMaxLength(10);
        b.Property(x => x.OccupationName).HasMaxLength(200);
        b.Property(x => x.WorkType).HasMaxLength(200);
        b.Property(x => x.Organization).HasMaxLength(200);
        b.HasOne<CompetitionEntity>().WithOne().HasForeignKey<CompetitionPromotionEntity>(x => x.CompetitionId);
    }
}
