using System.Threading.Channels;
using Competition.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Competition.Data.Ledger;

/// <summary>
/// Appends marks with group commit: every mark queued while the previous transaction was committing
/// goes into the next transaction, so one fsync covers many marks under load and a lone mark is
/// written at once. A caller's task completes only after its row is committed.
/// </summary>
public sealed class MarkLedger : IAsyncDisposable
{
    private const int MaxBatch = 500;

    private readonly IDbContextFactory<CompetitionDbContext> _contexts;
    private readonly ILogger<MarkLedger> _logger;
    private readonly Channel<PendingAppend> _queue =
        Channel.CreateUnbounded<PendingAppend>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _writer;

    public MarkLedger(IDbContextFactory<CompetitionDbContext> contexts, ILogger<MarkLedger> logger)
    {
        _contexts = contexts;
        _logger = logger;
        _writer = Task.Run(WriteLoopAsync);
    }

    /// <summary>Queues a mark; the task completes when it is durable, or faults if it could not be stored.</summary>
    public Task AppendAsync(LedgerMark mark)
    {
        var pending = new PendingAppend(mark, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        return _queue.Writer.TryWrite(pending)
            ? pending.Committed.Task
            : Task.FromException(new InvalidOperationException("The mark ledger is shutting down."));
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writer;
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
            // One bad row must not fail its neighbours: retry each on its own so each caller gets its own answer.
            _logger.LogWarning(ex, "Group commit of {Count} marks failed; committing them one by one", batch.Count);
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
        db.Marks.AddRange(batch.Select(p => ToEntity(p.Mark)));
        await db.SaveChangesAsync();
    }

    private static MarkEntity ToEntity(LedgerMark m) => new()
    {
        CompetitionId = m.CompetitionId,
        Sequence = m.Sequence,
        SubmissionId = m.SubmissionId,
        JudgeId = m.JudgeId,
        ContestantId = m.ContestantId,
        AspectId = m.AspectId,
        Value = m.Value,
        RecordedAt = m.RecordedAt,
    };

    private sealed record PendingAppend(LedgerMark Mark, TaskCompletionSource Committed);
}
