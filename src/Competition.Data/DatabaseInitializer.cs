using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Competition.Data;

/// <summary>Brings the configured database to the current schema at start-up.</summary>
public static class DatabaseInitializer
{
    public static async Task MigrateAsync(this CompetitionDbContextFactory factory, CancellationToken cancellationToken)
    {
        try
        {
            await using var first = factory.CreateDbContext();
            // A restart finds nothing to apply. Asking is cheap; MigrateAsync would also compare the model with
            // the last migration's snapshot (200 ms at every start), which MigrationTests do once per build.
            if ((await first.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
            {
                await first.Database.MigrateAsync(cancellationToken);
            }
        }
        catch (Exception race) when (race is PostgresException { SqlState: PostgresErrorCodes.DuplicateDatabase } or SqlException { Number: 1801 })
        {
            // Hosts that start together on a server without the database: another one created it a moment ago.
            // Migrations themselves take EF's migration lock, so the second attempt applies nothing twice.
            await using var again = factory.CreateDbContext();
            await again.Database.MigrateAsync(cancellationToken);
        }
        await using var db = factory.CreateDbContext();
        if (factory.Provider == DatabaseProvider.Sqlite)
        {
            // WAL lets audiences read while marks are written; it persists in the file once set.
            // synchronous stays FULL (SQLite's default), so a commit survives a power cut.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }
}
