using Competition.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Competition.Data.Configurations;

internal sealed class SignInAttemptConfiguration : IEntityTypeConfiguration<SignInAttemptEntity>
{
    public void Configure(EntityTypeBuilder<SignInAttemptEntity> b)
    {
        b.ToTable("SignInAttempts");
        b.HasKey(x => x.Key);
        b.Property(x => x.Key).HasMaxLength(300);
        // The sweep of ended windows.
        b.HasIndex(x => x.WindowEndsAt);
    }
}
