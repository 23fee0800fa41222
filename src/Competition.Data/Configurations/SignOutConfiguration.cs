using Competition.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Competition.Data.Configurations;

internal sealed class SignOutConfiguration : IEntityTypeConfiguration<SignOutEntity>
{
    public void Configure(EntityTypeBuilder<SignOutEntity> b)
    {
        b.ToTable("SignOuts");
        b.HasKey(x => x.Subject);
        b.Property(x => x.Subject).HasMaxLength(100);
    }
}
