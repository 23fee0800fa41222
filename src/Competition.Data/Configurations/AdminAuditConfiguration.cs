using Competition.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Competition.Data.Configurations;

internal sealed class AdminAuditConfiguration : IEntityTypeConfiguration<AdminAuditEntity>
{
    public void Configure(EntityTypeBuilder<AdminAuditEntity> b)
    {
        b.ToTable("AdminAudit");
        b.Property(x => x.Actor).HasMaxLength(100);
        b.Property(x => x.Action).HasMaxLength(60);
        b.Property(x => x.Target).HasMaxLength(200);
        b.Property(x => x.Detail).HasMaxLength(2000);
    }
}
