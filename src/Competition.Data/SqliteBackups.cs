using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Competition.Data;

/// <summary>
/// Backups of the single-machine venue server's SQLite file. A backup is <c>VACUUM INTO</c>: one read
/// transaction, so it is the database as of one moment (every commit before it, none after) while marks
/// keep being written, compacted into a new file. The way back replaces the database file with a backup
/// that passes SQLite's integrity check, keeping the file it replaces beside it.
/// </summary>
public static class SqliteBackups
{
    /// <summary>Writes a consistent copy of the database to <paramref name="target"/> (which must not exist).</summary>
    public static async Task BackUpAsync(CompetitionDbContextFactory factory, string target, CancellationToken cancellationToken)
    {
        if (factory.Provider != DatabaseProvider.Sqlite)
        {
            throw new InvalidOperationException("Only a SQLite database is backed up by the platform; use the database server's own backups.");
        }
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(target))!);
        await using var db = factory.CreateDbContext();
        await db.Database.ExecuteSqlAsync($"VACUUM INTO {target}", cancellationToken);
    }

    /// <summary>
    /// Puts <paramref name="backup"/> in the place of the database at <paramref name="databasePath"/>, which no
    /// server may have open. The replaced file (with its WAL) is kept as <c>…before-restore-{time}</c>.
    /// </summary>
    /// <returns>Where the replaced database was kept, or null when there was none.</returns>
    public static string? Restore(string backup, string databasePath, DateTimeOffset now)
    {
        if (!File.Exists(backup))
        {
            throw new FileNotFoundException("No such backup.", backup);
        }
        using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = backup, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString()))
        {
            connection.Open();
            using var check = connection.CreateCommand();
            check.CommandText = "PRAGMA integrity_check;";
            if (check.ExecuteScalar() as string != "ok")
            {
                throw new InvalidDataException($"{backup} fails SQLite's integrity check.");
            }
            check.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsHistory';";
            if (Convert.ToInt64(check.ExecuteScalar()) != 1)
            {
                throw new InvalidDataException($"{backup} is not a database of this platform.");
            }
        }
        string? kept = null;
        if (File.Exists(databasePath))
        {
            kept = $"{databasePath}.before-restore-{now:yyyyMMdd-HHmmss}";
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                if (File.Exists(databasePath + suffix))
                {
                    File.Move(databasePath + suffix, kept + suffix);
                }
            }
        }
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(databasePath))!);
        File.Copy(backup, databasePath);
        return kept;
    }
}
