using Competition.Data;
using Competition.Data.Ledger;
using Competition.Domain;
using Competition.Domain.Marking;
using Competition.Domain.Standings;
using Competition.Grains.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Orleans.Utilities;

namespace Competition.Grains.Competitions;

/// <summary>
/// Owns one competition: validates marks, commits them to the ledger before acknowledging, keeps the
/// standings in memory and pushes coalesced snapshots to the silos' leaderboard observers.
/// All state is rebuilt from the database on activation.
/// </summary>
public sealed class CompetitionGrain(
    IDbContextFactory<CompetitionDbContext> contexts,
    MarkLedger ledger,
    TimeProvider time,
    ILogger<CompetitionGrain> logger) : Grain, ICompetitionGrain
{
    /// <summary>Changes within this window reach audiences as one message.</summary>
    private static readonly TimeSpan PublishInterval = TimeSpan.FromMilliseconds(40);

    private readonly ObserverManager<ILeaderboardObserver> _observers = new(LeaderboardSubscriptions.Lease, logger);
    private readonly Dictionary<Guid, RecordedMark> _recorded = [];
    private readonly Dictionary<Guid, (MarkSubmission Submission, Task<MarkOutcome> Outcome)> _inFlight = [];

    private CompetitionView? _view;
    private MarkingScheme _scheme = null!;
    private Scoreboard _scoreboard = null!;
    private Dictionary<long, ContestantView> _contestants = [];
    private HashSet<long> _judges = [];
    private long _lastSequence;
    private long _version;
    private long _publishedVersion;
    private LeaderboardSnapshot? _snapshot;

    private long CompetitionId => this.GetPrimaryKeyLong();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        _view = await CompetitionDefinitions.LoadAsync(db, CompetitionId, cancellationToken);
        if (_view is null)
        {
            return;
        }
        _scheme = _view.MarkingScheme.ToDomain();
        _contestants = _view.Contestants.ToDictionary(c => c.Id);
        _judges = _view.Judges.Select(j => j.Id).ToHashSet();
        _scoreboard = new Scoreboard(_scheme, _contestants.Keys, id => _contestants[id].Bib);

        await foreach (var row in db.Ledger(CompetitionId).WithCancellation(cancellationToken))
        {
            var mark = row.ToRecorded();
            _recorded[row.SubmissionId] = mark;
            Apply(mark);
        }
        _publishedVersion = _version;
        logger.LogInformation("Competition {CompetitionId} activated with {MarkCount} marks", CompetitionId, _version);

        this.RegisterGrainTimer(PublishChangesAsync, new GrainTimerCreationOptions(PublishInterval, PublishInterval));
    }

    public Task<CompetitionView?> GetViewAsync() => Task.FromResult(_view);

    public async Task<DomainError?> StartAsync()
    {
        if (_view is null)
        {
            return NotFound();
        }
        if (_view.Status == CompetitionStatus.Live)
        {
            return new DomainError(ErrorKind.Conflict, "competition.already-live", "The competition has already started.");
        }
        var startedAt = time.GetUtcNow();
        await using var db = contexts.CreateDbContext();
        await db.Competitions.Where(c => c.Id == CompetitionId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, CompetitionStatus.Live).SetProperty(c => c.StartedAt, startedAt));
        _view = _view with { Status = CompetitionStatus.Live, StartedAt = startedAt };
        logger.LogInformation("Competition {CompetitionId} started", CompetitionId);
        return null;
    }

    public async Task<MarkOutcome> SubmitMarkAsync(MarkSubmission submission)
    {
        // A resent submission gets the first answer again; it never counts twice.
        if (_recorded.TryGetValue(submission.SubmissionId, out var recorded))
        {
            return SameContent(submission, recorded) ? MarkOutcome.Accepted(recorded.Sequence) : ReusedSubmissionId();
        }
        if (_inFlight.TryGetValue(submission.SubmissionId, out var inFlight))
        {
            return inFlight.Submission == submission ? await inFlight.Outcome : ReusedSubmissionId();
        }
        if (Check(submission) is { } error)
        {
            return MarkOutcome.Refused(error);
        }
        // From here to the first await runs without interleaving, so the sequence is claimed atomically.
        var outcome = CommitAndApplyAsync(submission, ++_lastSequence);
        if (!outcome.IsCompleted)
        {
            // A resend while this one commits waits for the same answer; CommitAndApplyAsync removes the entry.
            _inFlight[submission.SubmissionId] = (submission, outcome);
        }
        return await outcome;
    }

    public Task<LeaderboardSnapshot?> GetLeaderboardAsync() =>
        Task.FromResult(_view is null ? null : CurrentSnapshot());

    public Task SubscribeAsync(ILeaderboardObserver observer)
    {
        _observers.Subscribe(observer, observer);
        return Task.CompletedTask;
    }

    public Task UnsubscribeAsync(ILeaderboardObserver observer)
    {
        _observers.Unsubscribe(observer);
        return Task.CompletedTask;
    }

    private DomainError? Check(MarkSubmission submission)
    {
        if (_view is null)
        {
            return NotFound();
        }
        if (!_judges.Contains(submission.JudgeId))
        {
            return new DomainError(ErrorKind.Forbidden, "judge.not-in-competition", "This judge does not judge this competition.");
        }
        if (!_contestants.ContainsKey(submission.ContestantId))
        {
            return new DomainError(ErrorKind.NotFound, "contestant.not-found", $"Contestant {submission.ContestantId} is not in this competition.");
        }
        if (!_scheme.TryFindAspect(submission.AspectId, out _, out var aspect))
        {
            return new DomainError(ErrorKind.NotFound, "aspect.not-found", $"Aspect {submission.AspectId} is not in this competition's marking scheme.");
        }
        if (AspectRules.CheckEntry(aspect, submission.Value) is { } invalid)
        {
            return invalid;
        }
        return _view.Status == CompetitionStatus.Live
            ? null
            : new DomainError(ErrorKind.Conflict, "competition.not-live", "The competition is not live: marks are accepted only after it starts.");
    }

    private async Task<MarkOutcome> CommitAndApplyAsync(MarkSubmission submission, long sequence)
    {
        var mark = new RecordedMark(submission.JudgeId, submission.ContestantId, submission.AspectId, submission.Value, sequence);
        try
        {
            await ledger.AppendAsync(new LedgerMark(CompetitionId, sequence, submission.SubmissionId,
                mark.JudgeId, mark.ContestantId, mark.AspectId, mark.Value, time.GetUtcNow()));
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Mark {SubmissionId} of competition {CompetitionId} could not be stored", submission.SubmissionId, CompetitionId);
            return MarkOutcome.Refused(new DomainError(ErrorKind.Unavailable, "ledger.unavailable",
                "The mark could not be stored; nothing was recorded. Send it again."));
        }
        finally
        {
            _inFlight.Remove(submission.SubmissionId);
        }
        _recorded[submission.SubmissionId] = mark;
        Apply(mark);
        await GrainFactory.GetGrain<IJudgeGrain>(mark.JudgeId).MarkRecordedAsync(mark);
        await GrainFactory.GetGrain<IContestantGrain>(mark.ContestantId).MarkRecordedAsync(mark);
        return MarkOutcome.Accepted(sequence);
    }

    private void Apply(RecordedMark mark)
    {
        _scoreboard.Apply(mark.ToDomain());
        _lastSequence = Math.Max(_lastSequence, mark.Sequence);
        _version++;
    }

    private Task PublishChangesAsync(CancellationToken cancellationToken)
    {
        if (_version == _publishedVersion || _observers.Count == 0)
        {
            return Task.CompletedTask;
        }
        var snapshot = CurrentSnapshot();
        _publishedVersion = snapshot.Version;
        return _observers.Notify(observer => observer.OnLeaderboardChangedAsync(snapshot));
    }

    private LeaderboardSnapshot CurrentSnapshot()
    {
        if (_snapshot is { } cached && cached.Version == _version)
        {
            return cached;
        }
        var rows = _scoreboard.Rank().Select(s =>
        {
            var contestant = _contestants[s.ContestantId];
            var modules = s.ModuleTotals.Select((total, i) => new ModuleTotal(_scheme.Modules[i].Id, total)).ToList();
            return new LeaderboardRow(s.Rank, s.ContestantId, contestant.Bib, contestant.Name, contestant.Employer, s.Total, modules, s.MarkCount);
        }).ToList();
        return _snapshot = new LeaderboardSnapshot(CompetitionId, _version, rows);
    }

    private static bool SameContent(MarkSubmission submission, RecordedMark recorded) =>
        submission.JudgeId == recorded.JudgeId && submission.ContestantId == recorded.ContestantId
        && submission.AspectId == recorded.AspectId && submission.Value == recorded.Value;

    private static MarkOutcome ReusedSubmissionId() => MarkOutcome.Refused(new DomainError(ErrorKind.Conflict,
        "submission.reused", "This submissionId was already used for a different mark; give each mark its own id."));

    private DomainError NotFound() =>
        new(ErrorKind.NotFound, "competition.not-found", $"Competition {CompetitionId} does not exist.");
}
