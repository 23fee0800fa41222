using Competition.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Competition.Data.Configurations;

internal sealed class WageGuidanceImportConfiguration : IEntityTypeConfiguration<WageGuidanceImportEntity>
{
    public void Configure(EntityTypeBuilder<WageGuidanceImportEntity> b)
    {
        b.ToTable("WageGuidanceImports");
        b.Property(x => x.FileHash).HasMaxLength(64);
        b.Property(x => x.ImportedBy).HasMaxLength(100);
        // The same file twice is one import: the database refuses a second, whatever the race.
        b.HasIndex(x => x.FileHash).IsUnique();
        b.HasMany(x => x.Rows).WithOne().HasForeignKey(x => x.ImportId);
    }
}
