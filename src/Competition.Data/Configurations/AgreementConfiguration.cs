using Competition.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Competition.Data.Configurations;

internal sealed class AgreementConfiguration : IEntityTypeConfiguration<AgreementEntity>
{
    public void Configure(EntityTypeBuilder<AgreementEntity> b)
    {
        b.ToTable("Agreements");
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Scope).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Party).HasMaxLength(200);
        b.Property(x => x.Region).HasMaxLength(100);
        b.Property(x => x.Step).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.StatutoryMinimumMonthly).HasPrecision(12, 2);
        b.Property(x => x.MinimumRaise).HasPrecision(6, 4);
        b.Property(x => x.ReferenceMonthly).HasPrecision(12, 2);
        b.Property(x => x.ReferencePercentile).HasConversion<string>().HasMaxLength(8);
        b.Property(x => x.ReferenceOccupationCode).HasMaxLength(20);
        b.Property(x => x.StepValue).HasPrecision(12, 4);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.SignedBy).HasMaxLength(100);
        b.Property(x => x.CreatedBy).HasMaxLength(100);
        b.Property(x => x.Allowances).HasJsonConversion("AllowancesJson");
        b.Property(x => x.CompetitionBonuses).HasJsonConversion("CompetitionBonusesJson");
        b.HasOne<OrganizationEntity>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.NoAction);
        b.HasIndex(x => new { x.OrganizationId, x.SignedAt });
    }
}
