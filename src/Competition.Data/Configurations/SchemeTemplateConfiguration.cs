using Competition.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Competition.Data.Configurations;

internal sealed class SchemeTemplateConfiguration : IEntityTypeConfiguration<SchemeTemplateEntity>
{
    public void Configure(EntityTypeBuilder<SchemeTemplateEntity> b)
    {
        b.ToTable("SchemeTemplates");
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Occupation).HasMaxLength(200);
        b.Property(x => x.CreatedBy).HasMaxLength(100);
        b.Property(x => x.Scheme).HasJsonConversion("SchemeJson");
        b.Property(x => x.Rules).HasJsonConversion("RulesJson");
        b.HasIndex(x => x.Name).IsUnique();
        b.HasOne<OrganizationEntity>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}
