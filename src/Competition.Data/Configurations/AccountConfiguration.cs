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
        b.Property(x => x.Organization).HasMaxLength(200);
        b.HasIndex(x => x.Username).IsUnique();
    }
}
