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
        b.Property(x => x.Level).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.Industry).HasMaxLength(100);
        b.Property(x => x.District).HasMaxLength(100);
        b.Property(x => x.Venue).HasMaxLength(200);
        b.Property(x => x.Rules).HasJsonConversion("RulesJson");
        b.Property(x => x.PanelShape).HasJsonConversion("PanelShapeJson");
        b.Property(x => x.Sessions).HasJsonConversion("Sessions");
        b.Property(x => x.DrawSeed).HasMaxLength(64);
        b.HasOne<OrganizationEntity>().WithMany().HasForeignKey(x => x.HostOrganizationId).OnDelete(DeleteBehavior.Restrict);
        // The console lists an organisation's competitions by year and status among thousands.
        b.HasIndex(x => new { x.HostOrganizationId, x.StartsOn });
        b.HasIndex(x => x.StartsOn);
        b.HasMany(x => x.Modules).WithOne().HasForeignKey(x => x.CompetitionId);
        b.HasMany(x => x.Contestants).WithOne().HasForeignKey(x => x.CompetitionId);
        b.HasMany(x => x.Judges).WithOne().HasForeignKey(x => x.CompetitionId);
    }
}
