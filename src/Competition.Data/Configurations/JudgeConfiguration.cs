using Competition.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Competition.Data.Configurations;

internal sealed class JudgeConfiguration : IEntityTypeConfiguration<JudgeEntity>
{
    public void Configure(EntityTypeBuilder<JudgeEntity> b)
    {
        b.ToTable("Judges");
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.Employer).HasMaxLength(200);
        b.Property(x => x.PinHash).HasMaxLength(200);
        b.Property(x => x.PinIssuedTo).HasMaxLength(100);
        b.HasMany(x => x.Assignments).WithOne().HasForeignKey(x => x.JudgeId);
    }
}
