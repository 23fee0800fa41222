using System.Text.RegularExpressions;
using Competition.Data;

namespace Competition.Server.Backups;

/// <summary>
/// Where the venue server's backups are kept (<c>Backup:Folder</c>, default <c>App_Data/backups</c> beside the
/// database), and the names they get: the time they were taken, so the folder lists in order.
/// </summary>
public sealed partial class BackupFolder(IConfiguration configuration, IHostEnvironment environment, CompetitionDbContextFactory contexts, TimeProvider time)
{
    public string Path { get; } = System.IO.Path.GetFullPath(configuration["Backup:Folder"] is { Length: > 0 } folder ? folder : "App_Data/backups",
        environment.ContentRootPath);

    /// <summary>Takes a backup now, while the platform keeps writing; null when the database is not SQLite.</summary>
    public async Task<BackupView?> TakeAsync(CancellationToken cancellationToken)
    {
        if (contexts.Provider != DatabaseProvider.Sqlite)
        {
            return null;
        }
        var now = time.GetUtcNow();
        var name = $"competition-{now:yyyyMMdd-HHmmss}.db";
        // Two backups in the same second get a counter.
        for (var n = 2; File.Exists(System.IO.Path.Combine(Path, name)); n++)
        {
            name = $"competition-{now:yyyyMMdd-HHmmss}-{n}.db";
        }
        await SqliteBackups.BackUpAsync(contexts, System.IO.Path.Combine(Path, name), cancellationToken);
        return View(new FileInfo(System.IO.Path.Combine(Path, name)));
    }

    /// <summary>Every backup in the folder, newest first.</summary>
    public IReadOnlyList<BackupView> List() => Directory.Exists(Path)
        ? new DirectoryInfo(Path).GetFiles("competition-*.db").Where(f => BackupName().IsMatch(f.Name))
            .OrderByDescending(f => f.Name, StringComparer.Ordinal).Select(View).ToList()
        : [];

    /// <summary>The file of the backup called <paramref name="name"/>; null when there is none (or the name is not a backup's).</summary>
    public string? Find(string name) =>
        BackupName().IsMatch(name) && File.Exists(System.IO.Path.Combine(Path, name)) ? System.IO.Path.Combine(Path, name) : null;

    private static BackupView View(FileInfo file) => new(file.Name, file.Length, new DateTimeOffset(file.LastWriteTimeUtc, TimeSpan.Zero));

    // Only names the platform gives: nothing that could reach outside the folder.
    [GeneratedRegex(@"^competition-\d{8}-\d{6}(-\d+)?\.db$")]
    private static partial Regex BackupName();
}
