using Competition.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Competition.Data.Configurations;

internal sealed class CompetitionConfiguration : IEntityTypeConfiguration<CompetitionEntity>
{
    public void Configure(EntityTypeBuilder<CompetitionEntity> b)
    {
        b.ToTable("Competitions");
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Occupation).HasMaxLength(200);
        b.HasMany(x => x.Modules).WithOne().HasForeignKey(x => x.CompetitionId);
        b.HasMany(x => x.Contestants).WithOne().HasForeignKey(x => x.CompetitionId);
        b.HasMany(x => x.Judges).WithOne().HasForeignKey(x => x.CompetitionId);
    }
}
