using Competition.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Competition.Data.Configurations;

internal sealed class LedgerEventConfiguration : IEntityTypeConfiguration<LedgerEventEntity>
{
    public void Configure(EntityTypeBuilder<LedgerEventEntity> b)
    {
        b.ToTable("LedgerEvents");
        b.Property(x => x.Type).HasConversion<string>().HasMaxLength(40);
        b.Property(x => x.Actor).HasMaxLength(100);
        b.Property(x => x.Value).HasPrecision(9, 4);
        b.Property(x => x.Reason).HasMaxLength(1000);
        b.Property(x => x.Hash).HasMaxLength(64);
        b.Property(x => x.PreviousHash).HasMaxLength(64);
        // The database refuses a second row for a sequence or a submission, whatever the grain believes.
        b.HasIndex(x => new { x.CompetitionId, x.Sequence }).IsUnique();
        b.HasIndex(x => new { x.CompetitionId, x.SubmissionId }).IsUnique();
        // The hash chain: a row may only link to an existing row, and no two rows to the same one.
        b.HasAlternateKey(x => new { x.CompetitionId, x.Hash });
        b.HasOne<LedgerEventEntity>().WithOne()
            .HasForeignKey<LedgerEventEntity>(x => new { x.CompetitionId, x.PreviousHash })
            .HasPrincipalKey<LedgerEventEntity>(x => new { x.CompetitionId, x.Hash })
            .OnDelete(DeleteBehavior.NoAction);
        b.HasOne<CompetitionEntity>().WithMany().HasForeignKey(x => x.CompetitionId).OnDelete(DeleteBehavior.NoAction);
        b.HasOne<JudgeEntity>().WithMany().HasForeignKey(x => x.JudgeId).OnDelete(DeleteBehavior.NoAction);
        b.HasOne<ContestantEntity>().WithMany().HasForeignKey(x => x.ContestantId).OnDelete(DeleteBehavior.NoAction);
        b.HasOne<AspectEntity>().WithMany().HasForeignKey(x => x.AspectId).OnDelete(DeleteBehavior.NoAction);
        b.HasOne<ModuleEntity>().WithMany().HasForeignKey(x => x.ModuleId).OnDelete(DeleteBehavior.NoAction);
    }
}
