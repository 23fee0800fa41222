using Competition.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Competition.Data.Configurations;

internal sealed class RegistrationImportConfiguration : IEntityTypeConfiguration<RegistrationImportEntity>
{
    public void Configure(EntityTypeBuilder<RegistrationImportEntity> b)
    {
        b.ToTable("RegistrationImports");
        b.Property(x => x.Kind).HasMaxLength(20);
        b.Property(x => x.FileHash).HasMaxLength(64);
        b.Property(x => x.ImportedBy).HasMaxLength(100);
        b.HasOne<CompetitionEntity>().WithMany().HasForeignKey(x => x.CompetitionId);
        b.HasIndex(x => new { x.CompetitionId, x.Kind, x.FileHash }).IsUnique();
    }
}
