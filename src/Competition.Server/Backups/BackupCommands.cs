using Competition.Data;
using Competition.Server.Hosting;

namespace Competition.Server.Backups;

/// <summary>
/// The server's two maintenance commands, run instead of the server with the same configuration
/// (appsettings, environment, <c>--Database:ConnectionString=…</c>):
/// <c>backup [file]</c> writes a consistent copy of the SQLite database (into the backup folder unless a
/// file is named), also while the server runs; <c>restore file</c> puts a backup in the database's place,
/// with the server stopped, keeping the replaced file beside it. The next start migrates it if it is older.
/// </summary>
public static class BackupCommands
{
    /// <returns>The exit code when <paramref name="args"/> name a command; null to run the server.</returns>
    public static async Task<int?> TryRunAsync(string[] args)
    {
        if (args.Length == 0 || args[0] is not ("backup" or "restore"))
        {
            return null;
        }
        var file = args.Length > 1 && !args[1].StartsWith("--", StringComparison.Ordinal) ? args[1] : null;
        var builder = WebApplication.CreateBuilder(args.Skip(file is null ? 1 : 2).ToArray());
        var contexts = new CompetitionDbContextFactory(builder.Configuration.DatabaseOptions(), builder.Environment.ContentRootPath);
        if (contexts.SqliteFile is not { } database)
        {
            await Console.Error.WriteLineAsync("Backups here are of the SQLite database; back up PostgreSQL or SQL Server with the database server's own tools.");
            return 2;
        }
        try
        {
            if (args[0] == "backup")
            {
                var folder = new BackupFolder(builder.Configuration, builder.Environment, contexts, TimeProvider.System);
                if (file is null)
                {
                    var backup = (await folder.TakeAsync(CancellationToken.None))!;
                    Console.WriteLine(Path.Combine(folder.Path, backup.Name));
                }
                else
                {
                    await SqliteBackups.BackUpAsync(contexts, Path.GetFullPath(file), CancellationToken.None);
                    Console.WriteLine(Path.GetFullPath(file));
                }
                return 0;
            }
            if (file is null)
            {
                await Console.Error.WriteLineAsync("Name the backup to restore: restore FILE");
                return 2;
            }
            var kept = SqliteBackups.Restore(Path.GetFullPath(file), database, TimeProvider.System.GetUtcNow());
            Console.WriteLine(kept is null ? $"Restored {file} into {database}." : $"Restored {file} into {database}; the database it replaced is kept as {kept}.");
            return 0;
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or Microsoft.Data.Sqlite.SqliteException)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            return 1;
        }
    }
}
