using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Competition.Data;

/// <summary>Lets <c>dotnet ef migrations add … --context SqlServerCompetitionDbContext</c> build a context
/// without a server (migrations never connect).</summary>
public sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerCompetitionDbContext>
{
    public SqlServerCompetitionDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerCompetitionDbContext>()
            .UseSqlServer("Server=localhost;Database=Competition;Integrated Security=true;TrustServerCertificate=true")
            .Options);
}
