using Competition.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Competition.Data.Configurations;

internal sealed class AspectPanelConfiguration : IEntityTypeConfiguration<AspectPanelEntity>
{
    public void Configure(EntityTypeBuilder<AspectPanelEntity> b)
    {
        b.ToTable("AspectPanels");
        b.HasKey(x => new { x.AspectId, x.JudgeId });
        b.HasOne<JudgeEntity>().WithMany().HasForeignKey(x => x.JudgeId).OnDelete(DeleteBehavior.NoAction);
    }
}
