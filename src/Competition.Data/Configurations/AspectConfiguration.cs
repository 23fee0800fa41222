using Competition.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Competition.Data.Configurations;

internal sealed class AspectConfiguration : IEntityTypeConfiguration<AspectEntity>
{
    public void Configure(EntityTypeBuilder<AspectEntity> b)
    {
        b.ToTable("Aspects");
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.MaxMark).HasPrecision(9, 4);
        b.PrimitiveCollection(x => x.Deductions).ElementType().HasPrecision(9, 4);
        b.Property(x => x.Aggregation).HasConversion<string>().HasMaxLength(20);
        b.HasMany(x => x.Panel).WithOne().HasForeignKey(x => x.AspectId);
    }
}
