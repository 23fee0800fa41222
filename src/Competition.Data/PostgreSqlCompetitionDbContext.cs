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

    private sealed class UtcInstant() : ValueConverter<DateTimeOffset, DateTimeOffset>(v => v.ToUniversalTime(), v => v);
}
