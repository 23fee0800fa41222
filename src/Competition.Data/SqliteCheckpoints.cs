using System.Data.Common;
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
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) =>
        TurnOffAutoCheckpoint(connection).ExecuteNonQuery();

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = TurnOffAutoCheckpoint(connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static DbCommand TurnOffAutoCheckpoint(DbConnection connection)
    {
        var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_autocheckpoint=0;";
        return command;
    }
}
