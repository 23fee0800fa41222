using Competition.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Competition.Data.Configurations;

internal sealed class PlatformSecretConfiguration : IEntityTypeConfiguration<PlatformSecretEntity>
{
    public void Configure(EntityTypeBuilder<PlatformSecretEntity> b)
    {
        b.ToTable("PlatformSecrets");
        b.HasKey(x => x.Name);
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.Value).HasMaxLength(512);
    }
}
