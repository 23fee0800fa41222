using System.Threading.Channels;
using Competition.Data.Entities;
using Competition.Domain.Ledger;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Competition.Data.Ledger;

/// <summary>
/// Appends ledger events with group commit: every event queued while the previous transaction was
/// committing goes into the next transaction, so one fsync covers many marks under load and a lone
/// mark is written at once. A caller's task completes only after its row is committed.
/// </summary>
public sealed class CompetitionLedger : IAsyncDisposable
{
    private const int MaxBatch = 500;

    /// <summary>How the writer's own connection shows in PostgreSQL's <c>pg_stat_activity</c>.</summary>
    public const string WriterApplicationName = "competition ledger writer";

    private readonly IDbContextFactory<CompetitionDbContext> _contexts;
    private readonly ILogger<CompetitionLedger> _logger;
    private readonly Channel<PendingAppend> _queue =
        Channel.CreateUnbounded<PendingAppend>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _writer;
    private readonly KeptConnection _postgresConnection = new();

    public CompetitionLedger(IDbContextFactory<CompetitionDbContext> contexts, ILogger<CompetitionLedger> logger)
    {
        _contexts = contexts;
        _logger = logger;
        _writer = Task.Run(WriteLoopAsync);
    }

    /// <summary>Queues an event; the task completes when it is durable, or faults if it could not be stored.</summary>
    public Task AppendAsync(long competitionId, LedgerEvent e)
    {
        var pending = new PendingAppend(competitionId, e, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        return _queue.Writer.TryWrite(pending)
            ? pending.Committed.Task
            : Task.FromException(new InvalidOperationException("The ledger is shutting down."));
    }

    /// <summary>A competition's events in sequence order.</summary>
    public static IAsyncEnumerable<LedgerEvent> ReadAsync(CompetitionDbContext db, long competitionId) =>
        db.LedgerEvents.AsNoTracking()
            .Where(e => e.CompetitionId == competitionId)
            .OrderBy(e => e.Sequence)
            .AsAsyncEnumerable()
            .Select(e => e.ToDomain());

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writer;
        await _postgresConnection.DisposeAsync();
    }

    private async Task WriteLoopAsync()
    {
        var batch = new List<PendingAppend>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync())
        {
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var next))
            {
                batch.Add(next);
            }
            await CommitAsync(batch);
            batch.Clear();
        }
    }

    private async Task CommitAsync(List<PendingAppend> batch)
    {
        try
        {
            await InsertAsync(batch);
            batch.ForEach(p => p.Committed.TrySetResult());
        }
        catch (Exception ex) when (batch.Count > 1)
        {
            // One bad row must not fail its neighbours: retry each on its own, in order, so each caller
            // gets its own answer (and a row linked to a failed one fails too).
            _logger.LogWarning(ex, "Group commit of {Count} events failed; committing them one by one", batch.Count);
            foreach (var pending in batch)
            {
                await CommitAsync([pending]);
            }
        }
        catch (Exception ex)
        {
            batch[0].Committed.TrySetException(ex);
        }
    }

    private async Task InsertAsync(List<PendingAppend> batch)
    {
        await using var db = _contexts.CreateDbContext();
        var rows = batch.Select(p => LedgerEventEntity.From(p.CompetitionId, p.Event)).ToList();
        if (db.Database.IsNpgsql())
        {
            await _postgresConnection.LendToAsync(db);
            await PostgreSqlCopy.InsertAsync(db, rows);
        }
        else if (db.Database.IsSqlite())
        {
            await SqliteInsert.InsertAsync(db, rows);
        }
        else
        {
            db.LedgerEvents.AddRange(rows);
            await db.SaveChangesAsync();
        }
    }

    private sealed record PendingAppend(long CompetitionId, LedgerEvent Event, TaskCompletionSource Committed);
}
