using Competition.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Competition.Data.Configurations;

internal sealed class JudgeAssignmentConfiguration : IEntityTypeConfiguration<JudgeAssignmentEntity>
{
    public void Configure(EntityTypeBuilder<JudgeAssignmentEntity> b)
    {
        b.ToTable("JudgeAssignments");
        b.HasKey(x => new { x.JudgeId, x.ContestantId });
        b.HasOne<ContestantEntity>().WithMany().HasForeignKey(x => x.ContestantId).OnDelete(DeleteBehavior.NoAction);
    }
}
