using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Competition.Data;

/// <summary>
/// Keeps SQLite's WAL checkpoints off the commit path. By default the connection whose commit pushes the
/// WAL past 1,000 pages copies them into the database file (and syncs it) before that commit returns, so
/// every few hundred marks one judge's acknowledgement — and every viewer's update — waits for it. Here
/// every connection turns that off, and <see cref="CompetitionDbContextFactory.CheckpointAsync"/>, called
/// by the host in the background, does the copying. Durability is unchanged: a commit is in the synced WAL
/// before it returns, checkpointed or not.
/// </summary>
internal sealed class SqliteCheckpoints : DbConnectionInterceptor
{
    // The setting lives on the physical connection, which the pool hands out again and again: set it once
    // per physical connection, not on every open of the mark path.
    private readonly ConditionalWeakTable<object, object> _configured = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (TurnOffAutoCheckpoint(connection) is { } command)
        {
            using (command)
            {
                command.ExecuteNonQuery();
            }
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (TurnOffAutoCheckpoint(connection) is { } command)
        {
            await using (command)
            {
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }
    }

    /// <summary>The command to run on a physical connection not seen before; null for one already set.</summary>
    private DbCommand? TurnOffAutoCheckpoint(DbConnection connection)
    {
        if (connection is not SqliteConnection { Handle: { } handle } || !_configured.TryAdd(handle, handle))
        {
            return null;
        }
        var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_autocheckpoint=0;";
        return command;
    }
}
