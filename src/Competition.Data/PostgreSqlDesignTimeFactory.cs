using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Competition.Data;

/// <summary>Lets <c>dotnet ef migrations add … --context PostgreSqlCompetitionDbContext</c> build a context
/// without a server (migrations never connect).</summary>
public sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlCompetitionDbContext>
{
    public PostgreSqlCompetitionDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlCompetitionDbContext>().UseNpgsql("Host=localhost;Database=competition").Options);
}
