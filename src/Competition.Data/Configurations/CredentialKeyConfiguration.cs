using Competition.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Competition.Data.Configurations;

internal sealed class CredentialKeyConfiguration : IEntityTypeConfiguration<CredentialKeyEntity>
{
    public void Configure(EntityTypeBuilder<CredentialKeyEntity> b)
    {
        b.ToTable("CredentialKeys");
        b.HasKey(x => x.KeyId);
        b.Property(x => x.KeyId).HasMaxLength(64);
        b.Property(x => x.PublicJwk).HasMaxLength(1000);
    }
}
