using Competition.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Competition.Data.Configurations;

internal sealed class AssessmentConfiguration : IEntityTypeConfiguration<AssessmentEntity>
{
    public void Configure(EntityTypeBuilder<AssessmentEntity> b)
    {
        b.ToTable("Assessments");
        b.Property(x => x.Organization).HasMaxLength(200);
        b.Property(x => x.OccupationCode).HasMaxLength(20);
        b.Property(x => x.OccupationEdition).HasMaxLength(10);
        b.Property(x => x.OccupationName).HasMaxLength(200);
        b.Property(x => x.WorkType).HasMaxLength(200);
        b.Property(x => x.TargetLevel).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.Route).HasConversion<string>().HasMaxLength(40);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Award).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.LedgerHash).HasMaxLength(64);
        b.Property(x => x.RuleSetName).HasMaxLength(100);
        b.Property(x => x.ProposalReason).HasMaxLength(1000);
        b.Property(x => x.RecordedBy).HasMaxLength(100);
        b.Property(x => x.DecidedBy).HasMaxLength(100);
        b.Property(x => x.DecisionReason).HasMaxLength(1000);
        b.HasMany(x => x.Components).WithOne().HasForeignKey(x => x.AssessmentId);
        b.HasOne<WorkerEntity>().WithMany().HasForeignKey(x => x.WorkerId).OnDelete(DeleteBehavior.NoAction);
        b.HasOne<CompetitionEntity>().WithMany().HasForeignKey(x => x.CompetitionId).OnDelete(DeleteBehavior.NoAction);
        b.HasOne<ContestantEntity>().WithMany().HasForeignKey(x => x.ContestantId).OnDelete(DeleteBehavior.NoAction);
        // Drafting again from the same results finds the draft already there instead of adding a twin.
        b.HasIndex(x => new { x.CompetitionId, x.ContestantId }).IsUnique();
        b.HasIndex(x => new { x.Organization, x.Status });
        // Statistics: an organisation's decisions of a period.
        b.HasIndex(x => new { x.Organization, x.DecidedAt });
    }
}
