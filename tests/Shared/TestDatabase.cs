using Competition.Data;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Competition.Testing;

/// <summary>
/// A database of a test's own. The provider is the run's: SQLite files by default, or databases on the
/// throw-away PostgreSQL server that <c>tests/run-tests.sh</c> starts, when it runs the same tests again with
/// <c>COMPETITION_TEST_DATABASE=PostgreSql</c>. Two hosts given the same database act as one platform restarted.
/// </summary>
public sealed class TestDatabase
{
    private const string ProviderVariable = "COMPETITION_TEST_DATABASE";
    private const string ServerVariable = "COMPETITION_TEST_POSTGRES";

    private TestDatabase(DatabaseProvider provider, string connectionString) => (Provider, ConnectionString) = (provider, connectionString);

    /// <summary>The provider this run tests on.</summary>
    public static DatabaseProvider RunProvider { get; } =
        Enum.TryParse<DatabaseProvider>(Environment.GetEnvironmentVariable(ProviderVariable), ignoreCase: true, out var provider) ? provider : DatabaseProvider.Sqlite;

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    public DatabaseOptions Options => new() { Provider = Provider, ConnectionString = ConnectionString };

    /// <summary>The host's settings that point it at this database.</summary>
    public IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Database:Provider"] = Provider.ToString(),
        ["Database:ConnectionString"] = ConnectionString,
    };

    /// <summary>A new, empty database of this run's provider (created by the platform's migrations on first use).</summary>
    public static TestDatabase New() => New(RunProvider);

    public static TestDatabase New(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => new(provider,
            $"Data Source={Path.Combine(Path.GetTempPath(), "competition-tests", $"{Guid.NewGuid():N}.db")}"),
        DatabaseProvider.PostgreSql => new(provider,
            new NpgsqlConnectionStringBuilder(PostgresServer) { Database = $"competition_{Guid.NewGuid():N}" }.ConnectionString),
        _ => throw new NotSupportedException($"No {provider} server runs here."),
    };

    /// <summary>The throw-away server run-tests.sh started.</summary>
    public static string PostgresServer => Environment.GetEnvironmentVariable(ServerVariable)
        ?? throw new InvalidOperationException($"{ServerVariable} is not set: run the tests with tests/run-tests.sh, which starts a PostgreSQL server for them.");

    /// <summary>Contexts on this database, for reading behind the platform's back.</summary>
    public CompetitionDbContextFactory Contexts() => new(Options, Path.GetTempPath());

    /// <summary>The SQLite file; only for the tests of SQLite's own behaviour.</summary>
    public string SqlitePath => Provider == DatabaseProvider.Sqlite
        ? new SqliteConnectionStringBuilder(ConnectionString).DataSource
        : throw new InvalidOperationException("Not a SQLite database.");

    /// <summary>Removes the database once its hosts are gone.</summary>
    public async Task DeleteAsync()
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(SqlitePath + suffix);
            }
            return;
        }
        NpgsqlConnection.ClearAllPools();
        var name = new NpgsqlConnectionStringBuilder(ConnectionString).Database;
        await using var server = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(PostgresServer) { Database = "postgres", Pooling = false }.ConnectionString);
        await server.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", server);
        await drop.ExecuteNonQueryAsync();
    }
}
