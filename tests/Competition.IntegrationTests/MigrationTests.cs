using Competition.Data;
using Competition.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Competition.IntegrationTests;

/// <summary>
/// No SQL Server runs here, so its path is proven by what needs no server: its migrations are current
/// and the idempotent script generated from them is the one kept in docs/sql.
/// </summary>
public sealed class MigrationTests
{
    private const string ScriptName = "sqlserver-schema.sql";

    [Fact]
    public void SqlServer_migrations_match_the_model()
    {
        using var db = new SqlServerDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "Add a SQL Server migration: the model changed.");
        Assert.NotEmpty(db.Database.GetMigrations());
    }

    [Fact]
    public void Sqlite_migrations_match_the_model()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "Add a SQLite migration: the model changed.");
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
    }
}
