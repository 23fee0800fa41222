using Competition.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Competition.Data.Configurations;

internal sealed class AssessmentComponentConfiguration : IEntityTypeConfiguration<AssessmentComponentEntity>
{
    public void Configure(EntityTypeBuilder<AssessmentComponentEntity> b)
    {
        b.ToTable("AssessmentComponents");
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.Score).HasPrecision(6, 2);
        b.Property(x => x.PassMark).HasPrecision(6, 2);
        b.HasIndex(x => new { x.AssessmentId, x.Kind }).IsUnique();
    }
}
