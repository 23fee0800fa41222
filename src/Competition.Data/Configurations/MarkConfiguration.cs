using Competition.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Competition.Data.Configurations;

internal sealed class MarkConfiguration : IEntityTypeConfiguration<MarkEntity>
{
    public void Configure(EntityTypeBuilder<MarkEntity> b)
    {
        b.ToTable("Marks");
        b.Property(x => x.Value).HasPrecision(9, 4);
        // The database refuses a second row for a sequence or a submission, whatever the grain believes.
        b.HasIndex(x => new { x.CompetitionId, x.Sequence }).IsUnique();
        b.HasIndex(x => new { x.CompetitionId, x.SubmissionId }).IsUnique();
        b.HasOne<CompetitionEntity>().WithMany().HasForeignKey(x => x.CompetitionId).OnDelete(DeleteBehavior.NoAction);
        b.HasOne<JudgeEntity>().WithMany().HasForeignKey(x => x.JudgeId).OnDelete(DeleteBehavior.NoAction);
        b.HasOne<ContestantEntity>().WithMany().HasForeignKey(x => x.ContestantId).OnDelete(DeleteBehavior.NoAction);
        b.HasOne<AspectEntity>().WithMany().HasForeignKey(x => x.AspectId).OnDelete(DeleteBehavior.NoAction);
    }
}
