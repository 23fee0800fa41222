using System.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Competition.Data.Ledger;

/// <summary>
/// The ledger writer's own PostgreSQL connection: opened once, lent to every batch's context, and opened anew
/// only after it broke. Measured with the ingest benchmark (docs/performance.md): a connection taken from the
/// pool for every batch, and reset when it went back (which makes the backend plan the foreign keys' checks again),
/// kept PostgreSQL at 0.75–0.94 of SQLite's ingest; the kept connection at 1.10–1.30. Only the writer's loop uses
/// it, one batch at a time.
/// </summary>
internal sealed class KeptConnection : IAsyncDisposable
{
    private NpgsqlConnection? _connection;

    public async Task LendToAsync(DbContext db)
    {
        // A connection that broke says so only once used: the batch on it fails, the next one gets a new connection.
        // (Left to EF, the broken one would be reopened for each batch and closed after it: a connection per batch again.)
        if (_connection?.FullState != ConnectionState.Open)
        {
            await DisposeAsync();
            // Not from the pool: it is kept anyway, and a pooled one would be reset before each reuse.
            var settings = new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString())
            {
                ApplicationName = CompetitionLedger.WriterApplicationName,
                Pooling = false,
            };
            _connection = new NpgsqlConnection(settings.ConnectionString);
            await _connection.OpenAsync();
        }
        db.Database.SetDbConnection(_connection, contextOwnsConnection: false);
    }

    public ValueTask DisposeAsync() => _connection?.DisposeAsync() ?? ValueTask.CompletedTask;
}
