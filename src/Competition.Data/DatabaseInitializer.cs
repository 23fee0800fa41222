using Microsoft.EntityFrameworkCore;

namespace Competition.Data;

/// <summary>Brings the configured database to the current schema at start-up.</summary>
public static class DatabaseInitializer
{
    public static async Task MigrateAsync(this CompetitionDbContextFactory factory, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        await db.Database.MigrateAsync(cancellationToken);
        if (factory.Provider == DatabaseProvider.Sqlite)
        {
            // WAL lets audiences read while marks are written; it persists in the file once set.
            // synchronous stays FULL (SQLite's default), so a commit survives a power cut.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }
}
