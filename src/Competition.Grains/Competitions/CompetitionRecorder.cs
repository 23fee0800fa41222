using Competition.Data;
using Competition.Data.Entities;
using Competition.Data.Ledger;
using Competition.Domain;
using Competition.Domain.Competitions;
using Competition.Domain.Ledger;
using Competition.Grains.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Competition.Grains.Competitions;

/// <summary>
/// The competition grain's write path. Every change is a ledger event: checked against the rules,
/// sealed onto the hash chain, committed to the database, and only then applied and acknowledged.
/// The admission gate: marks interleave so they share group commits; any other change waits for the
/// marks in flight and holds new ones back while it commits, so no mark slips past a lock. State is
/// rebuilt from the ledger on activation and after every change of rows.
/// </summary>
internal sealed class CompetitionRecorder(
    long competitionId,
    IDbContextFactory<CompetitionDbContext> contexts,
    CompetitionLedger ledger,
    TimeProvider time,
    ILogger logger,
    LeaderboardPublisher publisher,
    Action deactivate)
{
    private readonly Dictionary<Guid, RecordedMark> _recorded = [];
    private readonly Dictionary<Guid, (MarkSubmission Submission, Task<Outcome<long>> Outcome)> _inFlight = [];
    private readonly HashSet<(long Judge, long Contestant, long Aspect)> _entriesInFlight = [];
    private long _sealedSequence;
    private string? _sealedHash;
    private bool _broken;
    private TaskCompletionSource? _exclusive;

    /// <summary>The competition's definition and people as stored; null for a competition that does not exist.</summary>
    public CompetitionView? View { get; private set; }

    /// <summary>The rules' state folded from the ledger; null for a competition that does not exist.</summary>
    public CompetitionState? State { get; private set; }

    /// <summary>Why no command can be taken now (no such competition, or the ledger failed), or null.</summary>
    public DomainError? Unusable() => State is null ? NotFound() : _broken ? LedgerUnavailable : null;

    public DomainError NotFound() =>
        new(ErrorKind.NotFound, "competition.not-found", $"Competition {competitionId} does not exist.");

    /// <summary>Reads the definition and folds the ledger into fresh state.</summary>
    public async Task LoadAsync(CancellationToken cancellationToken = default)
    {
        await using var db = contexts.CreateDbContext();
        if (await CompetitionDefinitions.LoadAsync(db, competitionId, cancellationToken) is not { } loaded)
        {
            return;
        }
        var (view, state) = loaded;
        (View, State) = (view, state);
        publisher.Load(view, state);
        _recorded.Clear();
        await foreach (var e in CompetitionLedger.ReadAsync(db, competitionId).WithCancellation(cancellationToken))
        {
            state.Apply(e);
            if (e.SubmissionId is { } submission)
            {
                _recorded[submission] = ToRecorded(e);
            }
        }
        (_sealedSequence, _sealedHash) = (state.LastSequence, state.LastHash);
        if (view.Status != state.Status)
        {
            // The ledger is the record; the status column only serves listings. Mend it if a crash left it behind.
            await PublishStatusAsync();
        }
        await StoreResultsAsync();
        logger.LogInformation("Competition {CompetitionId} activated at ledger sequence {Sequence}", competitionId, state.LastSequence);
    }

    /// <summary>A stored profile change: nothing the ledger decides depends on it, so the state is not rebuilt.</summary>
    public void ProfileChanged(string name, string occupation, CompetitionProfile profile) =>
        View = View! with { Name = name, Occupation = occupation, Profile = profile };

    /// <summary>An event of this moment by this actor, to be filled in and sealed.</summary>
    public LedgerEvent Draft(LedgerEventType type, string actor) =>
        // Milliseconds are what every database keeps exactly, so the hash recomputes the same after a round trip.
        new(0, type, DateTimeOffset.FromUnixTimeMilliseconds(time.GetUtcNow().ToUnixTimeMilliseconds()), actor);

    /// <summary>Records a mark or an amendment; a resent submission gets the first answer again and never counts twice.</summary>
    public async Task<Outcome<long>> SubmitMarkAsync(MarkSubmission submission)
    {
        while (_exclusive is { } exclusive)
        {
            await exclusive.Task;
        }
        if (_recorded.TryGetValue(submission.SubmissionId, out var recorded))
        {
            return SameEntry(submission, recorded) ? recorded.Sequence : ReusedSubmissionId;
        }
        if (_inFlight.TryGetValue(submission.SubmissionId, out var inFlight))
        {
            return inFlight.Submission == submission ? await inFlight.Outcome : ReusedSubmissionId;
        }
        if (Unusable() is { } unusable)
        {
            return unusable;
        }
        var key = (submission.JudgeId, submission.ContestantId, submission.AspectId);
        var amending = State!.HasEntry(key.JudgeId, key.ContestantId, key.AspectId) || _entriesInFlight.Contains(key);
        if (State.CheckMark(key.JudgeId, key.ContestantId, key.AspectId, submission.Value, submission.Reason, amending) is { } error)
        {
            return error;
        }
        // From here to the first await nothing interleaves, so the sequence and chain link are claimed atomically.
        var sealedEvent = Seal(Draft(amending ? LedgerEventType.Amendment : LedgerEventType.Mark, $"judge:{submission.JudgeId}") with
        {
            SubmissionId = submission.SubmissionId,
            JudgeId = submission.JudgeId,
            ContestantId = submission.ContestantId,
            AspectId = submission.AspectId,
            Value = submission.Value,
            Reason = Reasons.Kept(submission.Reason),
        });
        var outcome = CommitMarkAsync(submission, sealedEvent, key);
        if (!outcome.IsCompleted)
        {
            // A resend while this one commits waits for the same answer; CommitMarkAsync removes the entry.
            _inFlight[submission.SubmissionId] = (submission, outcome);
            _entriesInFlight.Add(key);
        }
        return await outcome;
    }

    /// <summary>Records an event that must not interleave with marks: marks in flight finish first, new
    /// ones wait until this event is committed and applied.</summary>
    public Task<Outcome<long>> RecordAsync(Func<CompetitionState, DomainError?> check, Func<LedgerEvent> draft) =>
        Unusable() is { } unusable
            ? Task.FromResult<Outcome<long>>(unusable)
            : ExclusiveAsync<Outcome<long>>(async () =>
            {
                if ((State!.CheckOpenForChanges() ?? check(State)) is { } error)
                {
                    return error;
                }
                var sealedEvent = Seal(draft());
                if (!await CommitAsync(sealedEvent))
                {
                    return LedgerUnavailable;
                }
                if (State.Status != View!.Status)
                {
                    await PublishStatusAsync();
                }
                await StoreResultsAsync();
                await NotifyJuryAsync(sealedEvent);
                return sealedEvent.Sequence;
            });

    /// <summary>
    /// Records a change of rows (who takes part: a late contestant, a correction, a withdrawal, a judge added
    /// or replaced, a draft's removal; the competition day: a draw, a move, a check-in, a session's no-shows):
    /// its rows and ledger events are committed in one transaction, then the state is rebuilt from them.
    /// Registration edits of a draft are not ledgered (<paramref name="ledgeredInDraft"/>); the day's are.
    /// </summary>
    public Task<Outcome<RosterChange>> RecordChangeAsync(
        Func<CompetitionState, DomainError?> check, Func<CompetitionDbContext, Task<(IReadOnlyList<LedgerEvent> Drafts, IReadOnlyList<long> Ids)>> write,
        bool ledgeredInDraft = false) =>
        Unusable() is { } unusable
            ? Task.FromResult<Outcome<RosterChange>>(unusable)
            : ExclusiveAsync<Outcome<RosterChange>>(async () =>
            {
                if ((State!.CheckOpenForChanges() ?? check(State)) is { } error)
                {
                    return error;
                }
                var sealedEvents = new List<LedgerEvent>();
                IReadOnlyList<long> ids;
                try
                {
                    await using var db = contexts.CreateDbContext();
                    await using var transaction = await db.Database.BeginTransactionAsync();
                    (var drafts, ids) = await write(db);
                    if (ledgeredInDraft || State.Status != CompetitionStatus.Draft)
                    {
                        sealedEvents.AddRange(drafts.Select(Seal));
                        db.LedgerEvents.AddRange(sealedEvents.Select(e => LedgerEventEntity.From(competitionId, e)));
                        await db.SaveChangesAsync();
                    }
                    await transaction.CommitAsync();
                }
                catch (Exception ex)
                {
                    logger.LogError(ex, "A change of competition {CompetitionId} could not be stored", competitionId);
                    if (sealedEvents.Count > 0)
                    {
                        Break();
                    }
                    return LedgerUnavailable;
                }
                await LoadAsync();
                foreach (var sealedEvent in sealedEvents)
                {
                    await NotifyJuryAsync(sealedEvent);
                }
                return new RosterChange(ids);
            });

    private async Task<T> ExclusiveAsync<T>(Func<Task<T>> work)
    {
        var exclusive = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _exclusive = exclusive;
        try
        {
            await Task.WhenAll(_inFlight.Values.Select(f => f.Outcome));
            return await work();
        }
        finally
        {
            _exclusive = null;
            exclusive.SetResult();
        }
    }

    /// <summary>Tells the jury of an event at once, with the judges a re-score asks.</summary>
    private Task NotifyJuryAsync(LedgerEvent e)
    {
        var asked = e.Type == LedgerEventType.RescoreRequested
            ? State!.Scoreboard.ModerationQueue().FirstOrDefault(i => i.ContestantId == e.ContestantId && i.AspectId == e.AspectId)?.AwaitingJudges ?? []
            : [];
        return publisher.NotifyJuryAsync(new JuryNotice(competitionId, e.Sequence, e.Type, e.ContestantId, e.AspectId, e.ModuleId, asked));
    }

    private async Task<Outcome<long>> CommitMarkAsync(MarkSubmission submission, LedgerEvent sealedEvent, (long, long, long) key)
    {
        bool committed;
        try
        {
            committed = await CommitAsync(sealedEvent);
        }
        finally
        {
            _inFlight.Remove(submission.SubmissionId);
            _entriesInFlight.Remove(key);
        }
        if (!committed)
        {
            return LedgerUnavailable;
        }
        var mark = ToRecorded(sealedEvent);
        _recorded[submission.SubmissionId] = mark;
        return sealedEvent.Sequence;
    }

    /// <summary>Commits an event, then applies it.</summary>
    private async Task<bool> CommitAsync(LedgerEvent sealedEvent)
    {
        try
        {
            await ledger.AppendAsync(competitionId, sealedEvent);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Event {Sequence} of competition {CompetitionId} could not be stored", sealedEvent.Sequence, competitionId);
            Break();
            return false;
        }
        State!.Apply(sealedEvent);
        await publisher.ChangedAsync();
        return true;
    }

    /// <summary>The chain ran ahead of the database: this activation stops taking commands and the next
    /// one starts again from what is stored.</summary>
    private void Break()
    {
        _broken = true;
        deactivate();
    }

    private LedgerEvent Seal(LedgerEvent draft)
    {
        var sealedEvent = LedgerChain.Seal(competitionId, draft with { Sequence = ++_sealedSequence }, _sealedHash);
        _sealedHash = sealedEvent.Hash;
        return sealedEvent;
    }

    private async Task PublishStatusAsync()
    {
        var status = State!.Status;
        DateTimeOffset? startedAt = status == CompetitionStatus.Draft ? null : View!.StartedAt ?? time.GetUtcNow();
        await using var db = contexts.CreateDbContext();
        await db.Competitions.Where(c => c.Id == competitionId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, status).SetProperty(c => c.StartedAt, startedAt));
        View = View! with { Status = status, StartedAt = startedAt };
    }

    /// <summary>
    /// Once results are locked, each contestant's rank, award and title are stored with them, so statistics across
    /// competitions read rows instead of activating grains: at the lock, after any later change (a correction
    /// approved by two people), and on activation, which also mends a store that failed. Only changed rows are written.
    /// </summary>
    private async Task StoreResultsAsync()
    {
        if (!State!.ResultsLocked)
        {
            return;
        }
        var results = StandingsViews.FinalResults(State).ToDictionary(r => r.ContestantId);
        try
        {
            await using var db = contexts.CreateDbContext();
            foreach (var contestant in await db.Contestants.Where(c => c.CompetitionId == competitionId).ToListAsync())
            {
                var result = results.GetValueOrDefault(contestant.Id);
                (contestant.FinalRank, contestant.Award, contestant.Title) = (result?.Rank, result?.Award, result?.Title);
            }
            await db.SaveChangesAsync();
        }
        catch (Exception ex)
        {
            // The ledger holds the results; the next activation stores them again.
            logger.LogError(ex, "The results of competition {CompetitionId} could not be stored for the statistics", competitionId);
        }
    }

    private static RecordedMark ToRecorded(LedgerEvent e) =>
        new(e.JudgeId ?? 0, e.ContestantId ?? 0, e.AspectId ?? 0, e.Value ?? 0, e.Sequence);

    private static bool SameEntry(MarkSubmission submission, RecordedMark recorded) =>
        submission.JudgeId == recorded.JudgeId && submission.ContestantId == recorded.ContestantId
        && submission.AspectId == recorded.AspectId && submission.Value == recorded.Value;

    private static readonly DomainError ReusedSubmissionId = new(ErrorKind.Conflict,
        "submission.reused", "This submissionId was already used for a different mark; give each mark its own id.");

    private static readonly DomainError LedgerUnavailable = new(ErrorKind.Unavailable,
        "ledger.unavailable", "The change could not be stored; nothing was recorded. Send it again.");
}
