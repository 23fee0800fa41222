using Microsoft.EntityFrameworkCore;

namespace Competition.Data;

/// <summary>The embedded default provider; owns <c>Migrations/Sqlite</c>.</summary>
public sealed class SqliteCompetitionDbContext(DbContextOptions<SqliteCompetitionDbContext> options)
    : CompetitionDbContext(options);
