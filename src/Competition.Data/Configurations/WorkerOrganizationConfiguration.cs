using Competition.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Competition.Data.Configurations;

internal sealed class WorkerOrganizationConfiguration : IEntityTypeConfiguration<WorkerOrganizationEntity>
{
    public void Configure(EntityTypeBuilder<WorkerOrganizationEntity> b)
    {
        b.ToTable("WorkerOrganizations");
        b.HasKey(x => new { x.WorkerId, x.Organization });
        b.Property(x => x.Organization).HasMaxLength(200);
        b.Property(x => x.RegisteredBy).HasMaxLength(100);
        b.HasOne(x => x.Worker).WithMany().HasForeignKey(x => x.WorkerId).OnDelete(DeleteBehavior.Cascade);
    }
}
