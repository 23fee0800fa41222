using Competition.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Competition.Data.Configurations;

internal sealed class ModuleConfiguration : IEntityTypeConfiguration<ModuleEntity>
{
    public void Configure(EntityTypeBuilder<ModuleEntity> b)
    {
        b.ToTable("Modules");
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Weight).HasPrecision(9, 4);
        b.HasMany(x => x.Aspects).WithOne().HasForeignKey(x => x.ModuleId);
    }
}
