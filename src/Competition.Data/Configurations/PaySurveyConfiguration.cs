using Competition.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Competition.Data.Configurations;

internal sealed class PaySurveyConfiguration : IEntityTypeConfiguration<PaySurveyEntity>
{
    public void Configure(EntityTypeBuilder<PaySurveyEntity> b)
    {
        b.ToTable("PaySurveys");
        b.Property(x => x.Enterprise).HasMaxLength(200);
        b.Property(x => x.Region).HasMaxLength(100);
        b.Property(x => x.OccupationCode).HasMaxLength(20);
        b.Property(x => x.Organization).HasMaxLength(200);
        b.Property(x => x.ImportedBy).HasMaxLength(100);
        b.HasIndex(x => x.Organization);
        b.Property(x => x.Bands).HasJsonConversion("BandsJson");
    }
}
