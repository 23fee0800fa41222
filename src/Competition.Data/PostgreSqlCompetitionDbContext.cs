using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Competition.Data;

/// <summary>The PostgreSQL provider (also KingbaseES, openGauss and Highgo); owns <c>Migrations/PostgreSql</c>.</summary>
public sealed class PostgreSqlCompetitionDbContext(DbContextOptions<PostgreSqlCompetitionDbContext> options)
    : CompetitionDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // timestamptz holds an instant, and Npgsql refuses to write an offset other than zero: every time
        // is stored as UTC, so a local time (a venue's +08:00) is the same instant it was on SQLite.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcInstant>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        // A ledger row's hashes are lowercase hex: compared byte by byte ("C"), every mark's three lookups
        // and inserts into the chain's indexes skip the database locale's collation rules (measured: a
        // group commit's COPY took a third less time on a C.UTF-8 database; more is saved on zh_CN or en_US ones).
        modelBuilder.Entity<Entities.LedgerEventEntity>(ledger =>
        {
            ledger.Property(e => e.Hash).UseCollation("C");
            ledger.Property(e => e.PreviousHash).UseCollation("C");
        });
    }

    private sealed class UtcInstant() : ValueConverter<DateTimeOffset, DateTimeOffset>(v => v.ToUniversalTime(), v => v);
}
