using Competition.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Competition.Data.Configurations;

internal sealed class CertificateConfiguration : IEntityTypeConfiguration<CertificateEntity>
{
    public void Configure(EntityTypeBuilder<CertificateEntity> b)
    {
        b.ToTable("Certificates");
        b.Property(x => x.Number).HasMaxLength(22);
        b.Property(x => x.Organization).HasMaxLength(200);
        b.Property(x => x.Level).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.OccupationCode).HasMaxLength(20);
        b.Property(x => x.OccupationEdition).HasMaxLength(10);
        b.Property(x => x.OccupationName).HasMaxLength(200);
        b.Property(x => x.WorkType).HasMaxLength(200);
        b.Property(x => x.IssuedBy).HasMaxLength(100);
        b.Property(x => x.KeyId).HasMaxLength(64);
        b.Property(x => x.RevocationReason).HasMaxLength(1000);
        b.Property(x => x.VerificationToken).HasMaxLength(32);
        // The database itself refuses a second certificate of a number, a status bit used twice, or two
        // issues of one assessment racing each other.
        b.HasIndex(x => x.Number).IsUnique();
        b.HasIndex(x => x.StatusListIndex).IsUnique();
        b.HasIndex(x => x.VerificationToken).IsUnique();
        b.HasIndex(x => new { x.AssessmentId, x.IssueNumber }).IsUnique();
        b.HasIndex(x => x.WorkerId);
        // Statistics: an organisation's certificates of a period.
        b.HasIndex(x => new { x.Organization, x.IssuedAt });
        b.HasOne<AssessmentEntity>().WithMany().HasForeignKey(x => x.AssessmentId).OnDelete(DeleteBehavior.NoAction);
        b.HasOne<WorkerEntity>().WithMany().HasForeignKey(x => x.WorkerId).OnDelete(DeleteBehavior.NoAction);
        b.HasOne<CertificateEntity>().WithMany().HasForeignKey(x => x.SupersededById).OnDelete(DeleteBehavior.NoAction);
        b.HasOne<CertificateEntity>().WithMany().HasForeignKey(x => x.SupersedesId).OnDelete(DeleteBehavior.NoAction);
        b.HasMany(x => x.StatusChanges).WithOne().HasForeignKey(x => x.CertificateId);
    }
}
