using Competition.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Competition.Data.Configurations;

internal sealed class ContestantConfiguration : IEntityTypeConfiguration<ContestantEntity>
{
    public void Configure(EntityTypeBuilder<ContestantEntity> b)
    {
        b.ToTable("Contestants");
        b.Property(x => x.Bib).HasMaxLength(20);
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.Employer).HasMaxLength(200);
        b.HasIndex(x => new { x.CompetitionId, x.Bib }).IsUnique();
        b.Property(x => x.Withdrawal).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.WithdrawalReason).HasMaxLength(1000);
        b.Property(x => x.CheckedInBy).HasMaxLength(100);
        b.Property(x => x.Award).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Title).HasMaxLength(100);
        b.HasOne<WorkerEntity>().WithMany().HasForeignKey(x => x.WorkerId).OnDelete(DeleteBehavior.NoAction);
    }
}
