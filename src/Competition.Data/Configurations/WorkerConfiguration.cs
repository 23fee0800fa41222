using Competition.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Competition.Data.Configurations;

internal sealed class WorkerConfiguration : IEntityTypeConfiguration<WorkerEntity>
{
    public void Configure(EntityTypeBuilder<WorkerEntity> b)
    {
        b.ToTable("Workers");
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.Employer).HasMaxLength(200);
        b.Property(x => x.NationalIdHash).HasMaxLength(64);
        b.Property(x => x.NationalIdMasked).HasMaxLength(18);
        b.HasIndex(x => x.NationalIdHash).IsUnique();
    }
}
