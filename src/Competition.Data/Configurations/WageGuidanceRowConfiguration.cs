using Competition.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Competition.Data.Configurations;

internal sealed class WageGuidanceRowConfiguration : IEntityTypeConfiguration<WageGuidanceRowEntity>
{
    public void Configure(EntityTypeBuilder<WageGuidanceRowEntity> b)
    {
        b.ToTable("WageGuidanceRows");
        b.Property(x => x.Region).HasMaxLength(100);
        b.Property(x => x.Source).HasMaxLength(300);
        b.Property(x => x.OccupationCode).HasMaxLength(20);
        b.Property(x => x.OccupationEdition).HasMaxLength(10);
        b.Property(x => x.Industry).HasMaxLength(100);
        b.Property(x => x.Level).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.Unit).HasConversion<string>().HasMaxLength(10);
        foreach (var figure in new[] { nameof(WageGuidanceRowEntity.P10), nameof(WageGuidanceRowEntity.P25), nameof(WageGuidanceRowEntity.P50),
                     nameof(WageGuidanceRowEntity.P75), nameof(WageGuidanceRowEntity.P90), nameof(WageGuidanceRowEntity.Mean) })
        {
            b.Property(figure).HasPrecision(12, 2);
        }
        b.HasIndex(x => new { x.Region, x.Year, x.OccupationCode, x.Level });
    }
}
