using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Competition.Data;

/// <summary>
/// Creates contexts of the configured provider. Options are built once: EF caches its internal
/// services by options, so reusing them keeps context creation cheap on the mark path.
/// </summary>
public sealed class CompetitionDbContextFactory : IDbContextFactory<CompetitionDbContext>
{
    private readonly Func<CompetitionDbContext> _create;

    public CompetitionDbContextFactory(DatabaseOptions options, string contentRoot)
    {
        Provider = options.Provider;
        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                var connectionString = ResolveSqlitePath(options.ConnectionString, contentRoot);
                SqliteFile = new SqliteConnectionStringBuilder(connectionString).DataSource;
                var sqlite = new DbContextOptionsBuilder<SqliteCompetitionDbContext>()
                    .UseSqlite(connectionString)
                    .AddInterceptors(new SqliteCheckpoints())
                    .Options;
                _create = () => new SqliteCompetitionDbContext(sqlite);
                break;
            case DatabaseProvider.SqlServer:
                var sqlServer = new DbContextOptionsBuilder<SqlServerCompetitionDbContext>()
                    .UseSqlServer(options.ConnectionString)
                    .Options;
                _create = () => new SqlServerCompetitionDbContext(sqlServer);
                break;
            case DatabaseProvider.PostgreSql:
                var postgreSql = new DbContextOptionsBuilder<PostgreSqlCompetitionDbContext>()
                    .UseNpgsql(options.ConnectionString)
                    .Options;
                _create = () => new PostgreSqlCompetitionDbContext(postgreSql);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(options), options.Provider, "Unknown database provider.");
        }
    }

    public DatabaseProvider Provider { get; }

    /// <summary>The SQLite database's file (its full path); null on the server databases.</summary>
    public string? SqliteFile { get; }

    public CompetitionDbContext CreateDbContext() => _create();

    /// <summary>
    /// Copies what the SQLite WAL holds into the database file without waiting for readers or writers
    /// (a passive checkpoint; see <see cref="SqliteCheckpoints"/>). Nothing to do on the server databases.
    /// </summary>
    public async Task CheckpointAsync(CancellationToken cancellationToken)
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            await using var db = CreateDbContext();
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(PASSIVE);", cancellationToken);
        }
    }

    /// <summary>Anchors a relative SQLite file at the content root and makes sure its folder exists.</summary>
    private static string ResolveSqlitePath(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
        {
            var path = Path.GetFullPath(builder.DataSource, contentRoot);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            builder.DataSource = path;
        }
        return builder.ToString();
    }
}
