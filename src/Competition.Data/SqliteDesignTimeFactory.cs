using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Competition.Data;

/// <summary>Lets <c>dotnet ef migrations add … --context SqliteCompetitionDbContext</c> build a context.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteCompetitionDbContext>
{
    public SqliteCompetitionDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteCompetitionDbContext>().UseSqlite("Data Source=design.db").Options);
}
