using Microsoft.EntityFrameworkCore;

namespace Competition.Data;

/// <summary>The production provider; owns <c>Migrations/SqlServer</c>.</summary>
public sealed class SqlServerCompetitionDbContext(DbContextOptions<SqlServerCompetitionDbContext> options)
    : CompetitionDbContext(options);
