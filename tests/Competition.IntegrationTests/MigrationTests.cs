using Competition.Data;
using Competition.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Competition.IntegrationTests;

/// <summary>
/// Every provider's migrations are current. No SQL Server runs here, so its path is proven by what needs no
/// server: the idempotent script generated from its migrations is the one kept in docs/sql, and it makes
/// Orleans' membership tables. SQLite and PostgreSQL run their migrations in every other test.
/// </summary>
public sealed class MigrationTests
{
    private const string ScriptName = "sqlserver-schema.sql";

    public static TheoryData<string> Providers => [nameof(DatabaseProvider.Sqlite), nameof(DatabaseProvider.SqlServer), nameof(DatabaseProvider.PostgreSql)];

    [Theory]
    [MemberData(nameof(Providers))]
    public void Every_providers_migrations_match_the_model(string provider)
    {
        using DbContext db = Enum.Parse<DatabaseProvider>(provider) switch
        {
            DatabaseProvider.Sqlite => new SqliteDesignTimeFactory().CreateDbContext([]),
            DatabaseProvider.SqlServer => new SqlServerDesignTimeFactory().CreateDbContext([]),
            _ => new PostgreSqlDesignTimeFactory().CreateDbContext([]),
        };
        Assert.False(db.Database.HasPendingModelChanges(), $"Add a {provider} migration: the model changed.");
        Assert.NotEmpty(db.Database.GetMigrations());
    }

    [Fact]
    public void The_idempotent_SqlServer_script_in_docs_is_current()
    {
        using var db = new SqlServerDesignTimeFactory().CreateDbContext([]);
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent).ReplaceLineEndings("\n");
        var path = Path.Combine(RepositoryPaths.Root, "docs", "sql", ScriptName);

        // Regenerate with: UPDATE_SQL_SCRIPT=1 dotnet test tests/Competition.IntegrationTests --filter MigrationTests
        if (Environment.GetEnvironmentVariable("UPDATE_SQL_SCRIPT") == "1")
        {
            File.WriteAllText(path, script);
        }
        Assert.True(File.Exists(path), $"{path} is missing; regenerate it (see the comment above).");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), script);
        Assert.Contains("CREATE TABLE [LedgerEvents]", script);
        Assert.Contains("CREATE TABLE OrleansMembershipTable", script);
    }
}
