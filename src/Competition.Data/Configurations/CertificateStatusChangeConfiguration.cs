using Competition.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Competition.Data.Configurations;

internal sealed class CertificateStatusChangeConfiguration : IEntityTypeConfiguration<CertificateStatusChangeEntity>
{
    public void Configure(EntityTypeBuilder<CertificateStatusChangeEntity> b)
    {
        b.ToTable("CertificateStatusChanges");
        b.Property(x => x.Change).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Reason).HasMaxLength(1000);
        b.Property(x => x.Actor).HasMaxLength(100);
    }
}
