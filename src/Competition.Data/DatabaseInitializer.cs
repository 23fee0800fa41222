using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
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
            if (factory.Provider == DatabaseProvider.PostgreSql)
            {
                await MigrateUnderSessionLockAsync(first, cancellationToken);
            }
            // A restart finds nothing to apply. Asking is cheap; MigrateAsync would also compare the model with
            // the last migration's snapshot (200 ms at every start), which MigrationTests do once per build.
            else if ((await first.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
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

    /// <summary>The platform's advisory lock number that guards its migrations.</summary>
    private const long MigrationLock = 7_202_612_030;

    /// <summary>
    /// PostgreSQL: EF's own migration lock did not keep three hosts starting together on an empty database from applying
    /// the same migration twice (the cluster test saw "column already exists" and a host that never started). A
    /// session-level advisory lock, held on one connection from before the pending migrations are read until they are
    /// applied, lets one host migrate while the others wait and then find nothing to do.
    /// </summary>
    private static async Task MigrateUnderSessionLockAsync(CompetitionDbContext db, CancellationToken cancellationToken)
    {
        var creator = db.GetService<Microsoft.EntityFrameworkCore.Storage.IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync(cancellationToken))
        {
            try
            {
                await creator.CreateAsync(cancellationToken);
            }
            catch (PostgresException created) when (created.SqlState == PostgresErrorCodes.DuplicateDatabase)
            {
                // Another host created it a moment ago.
            }
        }
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_lock({MigrationLock})", cancellationToken);
            if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
            {
                await db.Database.MigrateAsync(cancellationToken);
            }
        }
        finally
        {
            // Closing the session would release it too; a pooled connection is not closed.
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_unlock({MigrationLock})", CancellationToken.None);
            await db.Database.CloseConnectionAsync();
        }
    }
}
