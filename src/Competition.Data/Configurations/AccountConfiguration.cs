using Competition.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Competition.Data.Configurations;

internal sealed class AccountConfiguration : IEntityTypeConfiguration<AccountEntity>
{
    public void Configure(EntityTypeBuilder<AccountEntity> b)
    {
        b.ToTable("Accounts");
        b.Property(x => x.Username).HasMaxLength(100);
        b.Property(x => x.PasswordHash).HasMaxLength(200);
        b.Property(x => x.Role).HasMaxLength(40);
        b.HasOne(x => x.Organization).WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.Username).IsUnique();
    }
}
