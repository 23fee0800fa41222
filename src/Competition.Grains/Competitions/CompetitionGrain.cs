using Competition.Data;
using Competition.Data.Entities;
using Competition.Data.Ledger;
using Competition.Domain;
using Competition.Domain.CompetitionDay;
using Competition.Domain.Competitions;
using Competition.Domain.Judging;
using Competition.Domain.Ledger;
using Competition.Domain.Moderation;
using Competition.Domain.Panels;
using Competition.Domain.Rules;
using Competition.Grains.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Orleans.Placement;

namespace Competition.Grains.Competitions;

/// <summary>
/// Owns one competition. Every change is a ledger event: checked against the rules, sealed onto the
/// hash chain, committed to the database, and only then applied and acknowledged. Marks interleave so
/// they share group commits; other commands wait for marks in flight and hold new ones back while they
/// commit, so no mark slips past a lock. All state is rebuilt from the ledger on activation, which
/// happens on the silo of the host that first needs the competition (no extra hop for its requests).
/// </summary>
[PreferLocalPlacement]
public sealed class CompetitionGrain(
    IDbContextFactory<CompetitionDbContext> contexts,
    CompetitionLedger ledger,
    TimeProvider time,
    ILogger<CompetitionGrain> logger) : Grain, ICompetitionGrain
{
    private readonly Dictionary<Guid, RecordedMark> _recorded = [];
    private readonly Dictionary<Guid, (MarkSubmission Submission, Task<CommandOutcome> Outcome)> _inFlight = [];
    private readonly HashSet<(long Judge, long Contestant, long Aspect)> _entriesInFlight = [];

    private CompetitionView? _view;
    private CompetitionState? _state;
    private long _sealedSequence;
    private string? _sealedHash;
    private bool _broken;
    private TaskCompletionSource? _exclusive;
    private LeaderboardPublisher _publisher = null!;

    private long CompetitionId => this.GetPrimaryKeyLong();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _publisher = new LeaderboardPublisher(CompetitionId, time, logger);
        await LoadAsync(cancellationToken);
        if (_state is not null)
        {
            _publisher.PublishedIsCurrent();
            this.RegisterGrainTimer(_ => _publisher.PublishAsync(), new GrainTimerCreationOptions(LeaderboardPublisher.Interval, LeaderboardPublisher.Interval));
            this.RegisterGrainTimer(_ => StartDueSessionsAsync(), new GrainTimerCreationOptions(TimeSpan.FromSeconds(1), SessionCheckInterval));
        }
    }

    public Task<CompetitionView?> GetViewAsync() => Task.FromResult(_view is null || _state is null ? null : _view with
    {
        Status = _state.Status,
        LockedModules = _state.LockedModules.Order().ToList(),
        ResultsLocked = _state.ResultsLocked,
        Blinding = new BlindingView(_state.Rules.Blind, _state.HidingIdentities, _state.Decrypted, _state.Confirmations.OrderBy(c => c.At).ToList()),
    });

    public async Task<DomainError?> ConfigureAsync(CompetitionRules? rules, PanelsDefinition? panels)
    {
        if (_state is null)
        {
            return NotFound();
        }
        if (_state.Status != CompetitionStatus.Draft)
        {
            return new DomainError(ErrorKind.Conflict, "competition.not-draft", "Rules and panels are fixed once the competition starts.");
        }
        if ((rules?.Check(_state.Scheme) ?? CheckPanels(panels)) is { } invalid)
        {
            return invalid;
        }
        await using (var db = contexts.CreateDbContext())
        {
            await CompetitionDefinitions.SaveConfigurationAsync(db, CompetitionId, rules, panels,
                _state.Scheme.Aspects.Select(a => a.Id).ToList(), _view!.Judges.Select(j => j.Id).ToList());
        }
        await LoadAsync(CancellationToken.None);
        return null;
    }

    public async Task<DomainError?> ConfigureSchemeAsync(MarkingSchemeView scheme)
    {
        if ((_state is null ? NotFound() : _state.CheckSchemeChange()) is { } refused)
        {
            return refused;
        }
        await using (var db = contexts.CreateDbContext())
        {
            await CompetitionDefinitions.ReplaceSchemeAsync(db, CompetitionId, scheme, _state!.Scheme.Aspects.Select(a => a.Id).ToList(), _state.Rules.ForNewScheme());
        }
        await LoadAsync(CancellationToken.None);
        return null;
    }

    public async Task<DomainError?> ConfigureProfileAsync(string name, string occupation, CompetitionProfile profile)
    {
        if (_state is null)
        {
            return NotFound();
        }
        if (_state.CheckProfileChange(name != _view!.Name || occupation != _view.Occupation) is { } refused)
        {
            return refused;
        }
        await using (var db = contexts.CreateDbContext())
        {
            await CompetitionDefinitions.SaveProfileAsync(db, CompetitionId, name, occupation, profile);
        }
        _view = _view with { Name = name, Occupation = occupation, Profile = profile };
        return null;
    }

    public async Task<RegistrationOutcome> RegisterAsync(RegistrationBatch registration)
    {
        if ((_state is null ? NotFound() : _state.CheckRegistration()) is { } refused)
        {
            return new([], false, refused);
        }
        var bibs = _view!.Contestants.Select(c => c.Bib).ToHashSet(StringComparer.Ordinal);
        if (registration.Contestants.Any(c => bibs.Contains(c.Bib)) || (registration.Judges.Any(j => j.IsChief) && _view.Judges.Any(j => j.IsChief)))
        {
            // Checked by the host against an older view: another sheet came in meanwhile.
            return new([], false, new DomainError(ErrorKind.Conflict, "registration.changed", "The registration changed meanwhile: import the file again."));
        }
        await using var db = contexts.CreateDbContext();
        if (await db.RegistrationImports.AnyAsync(i => i.CompetitionId == CompetitionId && i.Kind == registration.Kind && i.FileHash == registration.FileHash))
        {
            return new([], true, null);
        }
        await using var transaction = await db.Database.BeginTransactionAsync();
        var contestants = registration.Contestants.Select(c => new ContestantEntity
        {
            CompetitionId = CompetitionId, Bib = c.Bib, Name = c.Name, Employer = c.Employer, OutOfRanking = c.OutOfRanking, WorkerId = c.WorkerId,
        }).ToList();
        var judges = registration.Judges.Select(j => new JudgeEntity
        {
            CompetitionId = CompetitionId, Name = j.Name, Employer = j.Employer, IsChief = j.IsChief, PinHash = j.PinHash,
        }).ToList();
        db.Contestants.AddRange(contestants);
        db.Judges.AddRange(judges);
        db.RegistrationImports.Add(new RegistrationImportEntity
        {
            CompetitionId = CompetitionId, Kind = registration.Kind, FileHash = registration.FileHash, Rows = contestants.Count + judges.Count,
            ImportedAt = time.GetUtcNow(), ImportedBy = registration.Actor,
        });
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        await LoadAsync(CancellationToken.None);
        await ApplyPanelShapeAsync();
        return new([.. contestants.Select(c => c.Id), .. judges.Select(j => j.Id)], false, null);
    }

    public Task<RegistrationOutcome> AddContestantAsync(ContestantRegistration contestant, string? reason, string actor) =>
        RecordChangeAsync(s => s.CheckAddContestant(contestant.Bib) ?? LiveReason(s, reason), async db =>
        {
            var id = await CompetitionRegistration.AddContestantAsync(db, CompetitionId, contestant);
            return ([Draft(LedgerEventType.ContestantAdded, actor) with
            {
                ContestantId = id, Reason = Trimmed(reason), Payload = CompetitionRegistration.Payload(contestant.Bib, contestant.Name, contestant.Employer),
            }], [id]);
        });

    public Task<RegistrationOutcome> CorrectContestantAsync(long contestantId, string name, string employer, string? reason, string actor) =>
        RecordChangeAsync(s => s.CheckCorrectContestant(contestantId, employer) ?? LiveReason(s, reason), async db =>
        {
            await CompetitionRegistration.CorrectContestantAsync(db, contestantId, name, employer);
            return ([Draft(LedgerEventType.ContestantCorrected, actor) with
            {
                ContestantId = contestantId, Reason = Trimmed(reason), Payload = CompetitionRegistration.Payload(null, name, employer),
            }], [contestantId]);
        });

    public Task<RegistrationOutcome> WithdrawContestantAsync(long contestantId, Withdrawal withdrawal, string reason, string actor) =>
        RecordChangeAsync(s => s.CheckWithdraw(contestantId) ?? RequireReason(reason), async db =>
        {
            await CompetitionRegistration.WithdrawAsync(db, contestantId, withdrawal, reason.Trim());
            return ([Draft(LedgerEventType.ContestantWithdrawn, actor) with
            {
                ContestantId = contestantId, Reason = reason.Trim(), Payload = CompetitionRegistration.Payload(withdrawal),
            }], [contestantId]);
        });

    public async Task<RegistrationOutcome> AddJudgeAsync(JudgeRegistration judge, string? reason, string actor)
    {
        var outcome = await RecordChangeAsync(s => s.CheckJudgeChange(null) ?? LiveReason(s, reason), async db =>
        {
            var id = await CompetitionRegistration.AddJudgeAsync(db, CompetitionId, judge);
            return ([Draft(LedgerEventType.JudgeAdded, actor) with
            {
                JudgeId = id, Reason = Trimmed(reason), Payload = CompetitionRegistration.Payload(null, judge.Name, judge.Employer),
            }], [id]);
        });
        await ApplyPanelShapeAsync();
        return outcome;
    }

    /// <summary>A clone's panel shape, once its draft has enough judges: the panels it gives, stored once.</summary>
    private async Task ApplyPanelShapeAsync()
    {
        if (_state?.Status != CompetitionStatus.Draft)
        {
            return;
        }
        await using var db = contexts.CreateDbContext();
        var shape = await db.Competitions.Where(c => c.Id == CompetitionId).Select(c => c.PanelShape).SingleAsync();
        var panels = shape?.Apply(
            _view!.MarkingScheme.Modules.Select(m => (IReadOnlyList<long>)m.Aspects.Select(a => a.Id).ToList()).ToList(),
            _view.Judges.Where(j => j.ReplacedBy is null).Select(j => j.Id).ToList());
        if (panels is null)
        {
            return;
        }
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            db.AspectPanels.AddRange(panels.SelectMany(p => p.Value.Select(j => new AspectPanelEntity { AspectId = p.Key, JudgeId = j })));
            await db.SaveChangesAsync();
            await db.Competitions.Where(c => c.Id == CompetitionId).ExecuteUpdateAsync(s => s.SetProperty(c => c.PanelShape, (PanelShape?)null));
            await transaction.CommitAsync();
        }
        await LoadAsync(CancellationToken.None);
    }

    public async Task<RegistrationOutcome> ReplaceJudgeAsync(long judgeId, JudgeRegistration replacement, string reason, string actor)
    {
        var outcome = await RecordChangeAsync(s => s.CheckJudgeChange(judgeId) ?? RequireReason(reason), async db =>
        {
            var id = await CompetitionRegistration.ReplaceJudgeAsync(db, CompetitionId, judgeId, replacement);
            return ([Draft(LedgerEventType.JudgeReplaced, actor) with
            {
                JudgeId = judgeId, Reason = reason.Trim(), Payload = CompetitionRegistration.Payload(id, replacement.Name, replacement.Employer),
            }], [id]);
        });
        if (outcome.Error is null)
        {
            // The judge who leaves signs in no more.
            await GrainFactory.GetGrain<IJudgeGrain>(judgeId).RefreshAsync();
        }
        return outcome;
    }

    public Task<RegistrationOutcome> RemoveAsync(long? contestantId, long? judgeId, string actor) =>
        RecordChangeAsync(s => CompetitionRegistration.CheckRemovable(_view!, contestantId, judgeId) ?? s.CheckRemoval(contestantId), async db =>
        {
            await CompetitionRegistration.RemoveAsync(db, contestantId, judgeId);
            return ([], []);
        });

    public Task<CommandOutcome> StartAsync(string actor) =>
        RecordAsync(s => s.CheckStart(), () => Draft(LedgerEventType.Started, actor));

    public Task<CommandOutcome> ArchiveAsync(string actor) =>
        RecordAsync(s => s.CheckArchive(), () => Draft(LedgerEventType.Archived, actor));

    public async Task<DomainError?> ConfigureSessionsAsync(CompetitionSchedule schedule)
    {
        var outcome = await RecordChangeAsync(s => s.CheckSchedule(schedule), async db =>
        {
            var sessions = schedule.Sessions.ToList();
            await db.Competitions.Where(c => c.Id == CompetitionId)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.Workstations, schedule.Workstations).SetProperty(c => c.Sessions, sessions));
            return ([], []);
        });
        return outcome.Error;
    }

    /// <summary>The draw as published; the first call makes the secret seed and publishes its commitment.</summary>
    public async Task<DrawView?> GetDrawAsync()
    {
        if (_state is null)
        {
            return null;
        }
        await CommitSeedAsync();
        var state = _state;
        if (state.Draws.Count == 0)
        {
            return state.PendingCommitment is { } pending ? new DrawView(pending) : null;
        }
        var last = state.Draws[^1];
        return new DrawView(last.Commitment, last.Seed, last.Input, last.Order, last.DrawnAt, last.Round, last.Reason, last.Workstations,
            state.PendingCommitment, state.Draws.Take(state.Draws.Count - 1).ToList());
    }

    public async Task<RegistrationOutcome> DrawAsync(string? reason, string actor)
    {
        // Checked before the seed too: a refused draw leaves nothing behind, not even a first commitment.
        if (_state?.CheckDraw(reason, time.GetUtcNow()) is { } refused)
        {
            return new RegistrationOutcome([], false, refused);
        }
        await CommitSeedAsync();
        return await RecordChangeAsync(s => s.CheckDraw(reason, time.GetUtcNow()), async db =>
        {
            var seed = await CompetitionDayRows.SeedAsync(db, CompetitionId);
            var input = _state!.DrawInput();
            var order = Lots.Shuffle(seed, input);
            await CompetitionDayRows.SeatDrawnAsync(db, CompetitionId, order, _state.Schedule.Workstations);
            // The next seed is committed to at once, so a re-draw too is one whose seed was published beforehand.
            var next = Lots.NewSeed();
            await CompetitionDayRows.SaveSeedAsync(db, CompetitionId, next);
            return ([
                Draft(LedgerEventType.DrawPerformed, actor) with
                {
                    Reason = Trimmed(reason),
                    Payload = CompetitionState.DrawPayload(Lots.Commitment(seed), Convert.ToHexStringLower(seed), input, order, _state.Schedule.Workstations),
                },
                Draft(LedgerEventType.DrawCommitted, actor) with { Payload = CompetitionState.CommitmentPayload(Lots.Commitment(next)) },
            ], []);
        }, ledgeredInDraft: true);
    }

    /// <summary>The first seed, made and committed to (ledgered) before anyone can draw with it.</summary>
    private async Task CommitSeedAsync()
    {
        if (_state is not { PendingCommitment: null, Draws.Count: 0 } || _state.CheckOpenForChanges() is not null || _state.ResultsLocked)
        {
            return;
        }
        await RecordChangeAsync(s => s.PendingCommitment is null ? null : AlreadyCommitted, async db =>
        {
            var seed = Lots.NewSeed();
            await CompetitionDayRows.SaveSeedAsync(db, CompetitionId, seed);
            return ([Draft(LedgerEventType.DrawCommitted, Actors.Platform) with { Payload = CompetitionState.CommitmentPayload(Lots.Commitment(seed)) }], []);
        }, ledgeredInDraft: true);
    }

    public Task<RegistrationOutcome> MoveContestantAsync(long contestantId, Seat seat, string reason, string actor) =>
        RecordChangeAsync(s => s.CheckMove(contestantId, seat, time.GetUtcNow()) ?? RequireReason(reason), async db =>
        {
            await CompetitionDayRows.MoveAsync(db, contestantId, seat);
            return ([Draft(LedgerEventType.ContestantMoved, actor) with
            {
                ContestantId = contestantId, Reason = reason.Trim(), Payload = CompetitionState.SeatPayload(seat),
            }], [contestantId]);
        }, ledgeredInDraft: true);

    public Task<RegistrationOutcome> CheckInAsync(long contestantId, string actor) =>
        RecordChangeAsync(s => s.CheckCheckIn(contestantId, time.GetUtcNow()), async db =>
        {
            var checkedIn = Draft(LedgerEventType.ContestantCheckedIn, actor) with { ContestantId = contestantId };
            await CompetitionDayRows.CheckInAsync(db, contestantId, checkedIn.RecordedAt, actor);
            return ([checkedIn], [contestantId]);
        }, ledgeredInDraft: true);

    /// <summary>Records each session that has started: its absentees become no-shows, out of the ranking
    /// unless moved to a later session. Run by a timer and before check-in lists are read.</summary>
    public async Task StartDueSessionsAsync()
    {
        if (Unusable() is not null || _state!.SessionsToStart(time.GetUtcNow()).Count == 0)
        {
            return;
        }
        await RecordChangeAsync(s => s.SessionsToStart(time.GetUtcNow()).Count == 0 ? AlreadyStarted : null, async db =>
        {
            var due = _state!.SessionsToStart(time.GetUtcNow());
            var absent = due.SelectMany(d => d.Absent).ToList();
            await CompetitionDayRows.MarkAbsentAsync(db, absent);
            return (due.Select(d => Draft(LedgerEventType.SessionStarted, Actors.Platform) with
            {
                Value = d.Session, Payload = CompetitionState.AbsentPayload(d.Absent),
            }).ToList(), absent);
        }, ledgeredInDraft: true);
    }

    public Task<CommandOutcome> DecryptAsync(DecryptionParty party, string actor) =>
        RecordAsync(s => s.CheckDecrypt(party),
            () => Draft(LedgerEventType.DecryptionConfirmed, actor) with { Payload = CompetitionState.PartyPayload(party) });

    public async Task<CommandOutcome> SubmitMarkAsync(MarkSubmission submission)
    {
        while (_exclusive is { } exclusive)
        {
            await exclusive.Task;
        }
        // A resent submission gets the first answer again; it never counts twice.
        if (_recorded.TryGetValue(submission.SubmissionId, out var recorded))
        {
            return SameEntry(submission, recorded) ? CommandOutcome.Recorded(recorded.Sequence) : ReusedSubmissionId();
        }
        if (_inFlight.TryGetValue(submission.SubmissionId, out var inFlight))
        {
            return inFlight.Submission == submission ? await inFlight.Outcome : ReusedSubmissionId();
        }
        if (Unusable() is { } unusable)
        {
            return CommandOutcome.Refused(unusable);
        }
        var key = (submission.JudgeId, submission.ContestantId, submission.AspectId);
        var amending = _state!.HasEntry(key.JudgeId, key.ContestantId, key.AspectId) || _entriesInFlight.Contains(key);
        if (_state.CheckMark(key.JudgeId, key.ContestantId, key.AspectId, submission.Value, submission.Reason, amending) is { } error)
        {
            return CommandOutcome.Refused(error);
        }
        // From here to the first await nothing interleaves, so the sequence and chain link are claimed atomically.
        var sealedEvent = Seal(Draft(amending ? LedgerEventType.Amendment : LedgerEventType.Mark, $"judge:{submission.JudgeId}") with
        {
            SubmissionId = submission.SubmissionId,
            JudgeId = submission.JudgeId,
            ContestantId = submission.ContestantId,
            AspectId = submission.AspectId,
            Value = submission.Value,
            Reason = string.IsNullOrWhiteSpace(submission.Reason) ? null : submission.Reason.Trim(),
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

    public Task<CommandOutcome> RequestRescoreAsync(long contestantId, long aspectId, string reason, string actor) =>
        RecordAsync(s => s.CheckRescore(contestantId, aspectId) ?? RequireReason(reason),
            () => Draft(LedgerEventType.RescoreRequested, actor) with { ContestantId = contestantId, AspectId = aspectId, Reason = reason.Trim() });

    public Task<CommandOutcome> ResolveAsync(long contestantId, long aspectId, decimal? agreedScore, string reason, string actor) =>
        RecordAsync(s => s.CheckResolve(contestantId, aspectId, agreedScore) ?? RequireReason(reason),
            () => Draft(LedgerEventType.Resolution, actor) with { ContestantId = contestantId, AspectId = aspectId, Value = agreedScore, Reason = reason.Trim() });

    public Task<CommandOutcome> LockModuleAsync(long moduleId, string? reason, string actor) =>
        RecordAsync(s => s.CheckLockModule(moduleId),
            () => Draft(LedgerEventType.ModuleLocked, actor) with { ModuleId = moduleId, Reason = Trimmed(reason) });

    public Task<CommandOutcome> LockResultsAsync(string? reason, string actor) =>
        RecordAsync(s => s.CheckLockResults(reason),
            () => Draft(LedgerEventType.ResultsLocked, actor) with { Reason = Trimmed(reason) });

    public Task<CommandOutcome> ProposeCorrectionAsync(CorrectionRequest c, string actor) =>
        RecordAsync(s => s.CheckCorrection(c.JudgeId, c.ContestantId, c.AspectId, c.Value, c.Reason),
            () => Draft(LedgerEventType.CorrectionProposed, actor) with
            {
                JudgeId = c.JudgeId, ContestantId = c.ContestantId, AspectId = c.AspectId, Value = c.Value, Reason = c.Reason.Trim(),
            });

    public async Task<CommandOutcome> ApproveCorrectionAsync(long proposalSequence, string actor)
    {
        CorrectionProposal? proposal = null;
        var outcome = await RecordAsync(s => s.CheckApproveCorrection(proposalSequence, actor), () =>
        {
            proposal = _state!.Correction(proposalSequence);
            return Draft(LedgerEventType.CorrectionApproved, actor) with
            {
                JudgeId = proposal.JudgeId, ContestantId = proposal.ContestantId, AspectId = proposal.AspectId,
                Value = proposal.Value, Reason = proposal.Reason, Payload = CompetitionState.ApprovalPayload(proposalSequence),
            };
        });
        if (outcome.Sequence is { } sequence && proposal is not null)
        {
            // The corrected entry is now the judge's: their tablet shows it.
            await GrainFactory.GetGrain<IJudgeGrain>(proposal.JudgeId).MarkRecordedAsync(
                new RecordedMark(proposal.JudgeId, proposal.ContestantId, proposal.AspectId, proposal.Value, sequence));
        }
        return outcome;
    }

    public Task<CommandOutcome> ImportTheoryAsync(IReadOnlyList<ContestantFigure> scores, string actor) =>
        RecordAsync(s => s.CheckTheory(scores),
            () => Draft(LedgerEventType.TheoryImported, actor) with { Payload = CompetitionState.FiguresPayload(scores) });

    public Task<CommandOutcome> RecordCompletionTimesAsync(IReadOnlyList<ContestantFigure> minutes, string actor) =>
        RecordAsync(s => s.CheckCompletionTimes(minutes),
            () => Draft(LedgerEventType.CompletionTimesRecorded, actor) with { Payload = CompetitionState.FiguresPayload(minutes) });

    public Task<LeaderboardSnapshot?> GetLeaderboardAsync() => Task.FromResult(_state is null ? null : _publisher.PublicBoard());

    public Task<LeaderboardSnapshot?> GetPublishedBoardAsync() => Task.FromResult(_state is null ? null : _publisher.PublishedBoard);

    public Task<LeaderboardSnapshot?> GetJuryLeaderboardAsync() => Task.FromResult(_state is null ? null : _publisher.JuryBoard());

    public Task<CommandOutcome> FreezeBoardAsync(string actor) =>
        RecordAsync(s => s.CheckFreeze(), () => Draft(LedgerEventType.BoardFrozen, actor));

    public Task<CommandOutcome> RevealBoardAsync(int places, string actor) =>
        RecordAsync(s => s.CheckReveal(places), () => Draft(LedgerEventType.BoardRevealed, actor) with { Value = places });

    public Task<CommandOutcome> ThawBoardAsync(string actor) =>
        RecordAsync(s => s.CheckThaw(), () => Draft(LedgerEventType.BoardThawed, actor));

    public Task<ResultsView?> GetResultsAsync(bool identities) =>
        Task.FromResult(_state is null ? null : StandingsViews.Results(CompetitionId, _state, _publisher.Shown(identities)));

    public Task<Scorecard?> GetScorecardAsync(long contestantId, bool identities) =>
        Task.FromResult(_state is not null && _publisher.Shown(identities).TryGetValue(contestantId, out var contestant)
            ? StandingsViews.Scorecard(CompetitionId, _state, _view!.MarkingScheme, contestant)
            : null);

    public Task<IReadOnlyList<ModerationItem>> GetModerationQueueAsync() =>
        Task.FromResult(_state?.Scoreboard.ModerationQueue() ?? []);

    public Task<IReadOnlyList<CorrectionProposal>> GetPendingCorrectionsAsync() =>
        Task.FromResult<IReadOnlyList<CorrectionProposal>>(_state?.PendingCorrections.OrderBy(c => c.Sequence).ToList() ?? []);

    public Task<IReadOnlyList<MissingMark>> GetMissingMarksAsync() =>
        Task.FromResult(_state is null ? [] : Completeness.Missing(_state.Scheme, _state.Panels, _state.Scoreboard, _state.Contestants));

    public Task<IReadOnlyList<JudgeDrift>> GetDriftAsync() =>
        Task.FromResult(_state is null ? [] : DriftAnalysis.Analyse(_state.Scheme, _state.Scoreboard,
            _state.Contestants.Select(c => c.Id), _state.Rules.DriftTolerance));

    public Task<IReadOnlyList<Assignment>> GetAssignmentsAsync(long judgeId)
    {
        if (_state is null)
        {
            return Task.FromResult<IReadOnlyList<Assignment>>([]);
        }
        var queue = _state.Scoreboard.ModerationQueue()
            .Where(i => i.AwaitingJudges.Contains(judgeId))
            .Select(i => (i.ContestantId, i.AspectId))
            .ToHashSet();
        var assignments = new List<Assignment>();
        foreach (var contestant in _view!.Contestants)
        {
            foreach (var aspect in _state.Scheme.Aspects.Where(a => _state.Panels.EffectivePanel(contestant.Id, a.Id).Contains(judgeId)))
            {
                var entry = _state.Scoreboard.EntriesOf(contestant.Id, aspect.Id).TryGetValue(judgeId, out var value) ? value : (decimal?)null;
                assignments.Add(new Assignment(contestant.Id, aspect.Id, entry, queue.Contains((contestant.Id, aspect.Id))));
            }
        }
        return Task.FromResult<IReadOnlyList<Assignment>>(assignments);
    }

    public Task SubscribeAsync(ICompetitionObserver observer)
    {
        if (_state is not null)
        {
            _publisher.Subscribe(observer);
        }
        return Task.CompletedTask;
    }

    public Task UnsubscribeAsync(ICompetitionObserver observer)
    {
        _publisher.Unsubscribe(observer);
        return Task.CompletedTask;
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var loaded = await CompetitionDefinitions.LoadAsync(db, CompetitionId, cancellationToken);
        if (loaded is null)
        {
            return;
        }
        (_view, _state) = loaded.Value;
        _publisher.Load(_view, _state);
        _recorded.Clear();
        await foreach (var e in CompetitionLedger.ReadAsync(db, CompetitionId).WithCancellation(cancellationToken))
        {
            _state.Apply(e);
            if (e.SubmissionId is { } submission)
            {
                _recorded[submission] = ToRecorded(e);
            }
        }
        (_sealedSequence, _sealedHash) = (_state.LastSequence, _state.LastHash);
        if (_view.Status != _state.Status)
        {
            // The ledger is the record; the status column only serves listings. Mend it if a crash left it behind.
            await PublishStatusAsync();
        }
        logger.LogInformation("Competition {CompetitionId} activated at ledger sequence {Sequence}", CompetitionId, _state.LastSequence);
    }

    /// <summary>Records an event that must not interleave with marks: marks in flight finish first, new
    /// ones wait until this event is committed and applied.</summary>
    private Task<CommandOutcome> RecordAsync(Func<CompetitionState, DomainError?> check, Func<LedgerEvent> draft) =>
        Unusable() is { } unusable
            ? Task.FromResult(CommandOutcome.Refused(unusable))
            : ExclusiveAsync(async () =>
            {
                if ((_state!.CheckOpenForChanges() ?? check(_state)) is { } error)
                {
                    return CommandOutcome.Refused(error);
                }
                var sealedEvent = Seal(draft());
                if (!await CommitAsync(sealedEvent))
                {
                    return LedgerUnavailable();
                }
                if (_state.Status != _view!.Status)
                {
                    await PublishStatusAsync();
                }
                await NotifyJuryAsync(sealedEvent);
                return CommandOutcome.Recorded(sealedEvent.Sequence);
            });

    /// <summary>
    /// Records a change of rows (who takes part: a late contestant, a correction, a withdrawal, a judge added
    /// or replaced, a draft's removal; the competition day: a draw, a move, a check-in, a session's no-shows):
    /// its rows and ledger events are committed in one transaction, then the state is rebuilt from them.
    /// Registration edits of a draft are not ledgered (<paramref name="ledgeredInDraft"/>); the day's are.
    /// </summary>
    private Task<RegistrationOutcome> RecordChangeAsync(
        Func<CompetitionState, DomainError?> check, Func<CompetitionDbContext, Task<(IReadOnlyList<LedgerEvent> Drafts, IReadOnlyList<long> Ids)>> write,
        bool ledgeredInDraft = false) =>
        Unusable() is { } unusable
            ? Task.FromResult(new RegistrationOutcome([], false, unusable))
            : ExclusiveAsync(async () =>
            {
                if ((_state!.CheckOpenForChanges() ?? check(_state)) is { } error)
                {
                    return new RegistrationOutcome([], false, error);
                }
                var sealedEvents = new List<LedgerEvent>();
                IReadOnlyList<long> ids;
                try
                {
                    await using var db = contexts.CreateDbContext();
                    await using var transaction = await db.Database.BeginTransactionAsync();
                    (var drafts, ids) = await write(db);
                    if (ledgeredInDraft || _state.Status != CompetitionStatus.Draft)
                    {
                        sealedEvents.AddRange(drafts.Select(Seal));
                        db.LedgerEvents.AddRange(sealedEvents.Select(e => LedgerEventEntity.From(CompetitionId, e)));
                        await db.SaveChangesAsync();
                    }
                    await transaction.CommitAsync();
                }
                catch (Exception ex)
                {
                    logger.LogError(ex, "A change of competition {CompetitionId} could not be stored", CompetitionId);
                    if (sealedEvents.Count > 0)
                    {
                        // The chain ran ahead of the database: start again from what is stored.
                        _broken = true;
                        this.DeactivateOnIdle();
                    }
                    return new RegistrationOutcome([], false, LedgerUnavailable().Error);
                }
                await LoadAsync(CancellationToken.None);
                foreach (var sealedEvent in sealedEvents)
                {
                    await NotifyJuryAsync(sealedEvent);
                }
                return new RegistrationOutcome(ids, false, null);
            });

    /// <summary>Runs a command that must not interleave with marks: marks in flight finish first, new
    /// ones wait until it is done.</summary>
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
            ? _state!.Scoreboard.ModerationQueue().FirstOrDefault(i => i.ContestantId == e.ContestantId && i.AspectId == e.AspectId)?.AwaitingJudges ?? []
            : [];
        var notice = new JuryNotice(CompetitionId, e.Sequence, e.Type, e.ContestantId, e.AspectId, e.ModuleId, asked);
        return _publisher.NotifyJuryAsync(notice);
    }

    private async Task<CommandOutcome> CommitMarkAsync(MarkSubmission submission, LedgerEvent sealedEvent, (long, long, long) key)
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
            return LedgerUnavailable();
        }
        var mark = ToRecorded(sealedEvent);
        _recorded[submission.SubmissionId] = mark;
        await GrainFactory.GetGrain<IJudgeGrain>(mark.JudgeId).MarkRecordedAsync(mark);
        return CommandOutcome.Recorded(sealedEvent.Sequence);
    }

    /// <summary>Commits an event, then applies it. On failure the chain has run ahead of the database:
    /// this activation stops taking commands and the next one starts again from what is stored.</summary>
    private async Task<bool> CommitAsync(LedgerEvent sealedEvent)
    {
        try
        {
            await ledger.AppendAsync(CompetitionId, sealedEvent);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Event {Sequence} of competition {CompetitionId} could not be stored", sealedEvent.Sequence, CompetitionId);
            _broken = true;
            this.DeactivateOnIdle();
            return false;
        }
        _state!.Apply(sealedEvent);
        await _publisher.ChangedAsync();
        return true;
    }

    private LedgerEvent Draft(LedgerEventType type, string actor) =>
        // Milliseconds are what every database keeps exactly, so the hash recomputes the same after a round trip.
        new(0, type, DateTimeOffset.FromUnixTimeMilliseconds(time.GetUtcNow().ToUnixTimeMilliseconds()), actor);

    private LedgerEvent Seal(LedgerEvent draft)
    {
        var sealedEvent = LedgerChain.Seal(CompetitionId, draft with { Sequence = ++_sealedSequence }, _sealedHash);
        _sealedHash = sealedEvent.Hash;
        return sealedEvent;
    }

    private async Task PublishStatusAsync()
    {
        var status = _state!.Status;
        DateTimeOffset? startedAt = status == CompetitionStatus.Draft ? null : _view!.StartedAt ?? time.GetUtcNow();
        await using var db = contexts.CreateDbContext();
        await db.Competitions.Where(c => c.Id == CompetitionId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, status).SetProperty(c => c.StartedAt, startedAt));
        _view = _view! with { Status = status, StartedAt = startedAt };
    }

    private DomainError? CheckPanels(PanelsDefinition? panels)
    {
        if (panels is null)
        {
            return null;
        }
        var judges = _view!.Judges.Select(j => j.Id).ToHashSet();
        var contestants = _view.Contestants.Select(c => c.Id).ToHashSet();
        var aspects = _state!.Scheme.Aspects.Select(a => a.Id).ToHashSet();
        if (panels.Aspects.FirstOrDefault(p => !aspects.Contains(p.AspectId)) is { } aspect)
        {
            return new DomainError(ErrorKind.Invalid, "panels.invalid", $"Aspect {aspect.AspectId} is not in this competition.");
        }
        var named = panels.Aspects.SelectMany(p => p.JudgeIds).Concat((panels.Assignments ?? []).Select(a => a.JudgeId));
        if (named.FirstOrDefault(j => !judges.Contains(j)) is var judge and > 0)
        {
            return new DomainError(ErrorKind.Invalid, "panels.invalid", $"Judge {judge} does not judge this competition.");
        }
        return (panels.Assignments ?? []).SelectMany(a => a.ContestantIds).FirstOrDefault(c => !contestants.Contains(c)) is var contestant and > 0
            ? new DomainError(ErrorKind.Invalid, "panels.invalid", $"Contestant {contestant} is not in this competition.")
            : null;
    }


    private DomainError? Unusable() => _state is null
        ? NotFound()
        : _broken ? LedgerUnavailable().Error : null;

    private static RecordedMark ToRecorded(LedgerEvent e) =>
        new(e.JudgeId ?? 0, e.ContestantId ?? 0, e.AspectId ?? 0, e.Value ?? 0, e.Sequence);

    private static bool SameEntry(MarkSubmission submission, RecordedMark recorded) =>
        submission.JudgeId == recorded.JudgeId && submission.ContestantId == recorded.ContestantId
        && submission.AspectId == recorded.AspectId && submission.Value == recorded.Value;

    /// <summary>Once live, every change to who takes part says why; a draft's edits need no reason.</summary>
    private static DomainError? LiveReason(CompetitionState state, string? reason) =>
        state.Status == CompetitionStatus.Draft ? null : RequireReason(reason);

    private static DomainError? RequireReason(string? reason) => string.IsNullOrWhiteSpace(reason)
        ? new DomainError(ErrorKind.Invalid, "reason-required", "Give a reason: it is kept with the decision.")
        : null;

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>How often a live grain looks for sessions that have begun.</summary>
    private static readonly TimeSpan SessionCheckInterval = TimeSpan.FromSeconds(10);

    // Another call did it meanwhile: nothing left to record.
    private static readonly DomainError AlreadyCommitted = new(ErrorKind.Conflict, "draw.committed", "The seed is committed already.");
    private static readonly DomainError AlreadyStarted = new(ErrorKind.Conflict, "session.started", "The sessions are recorded already.");

    private static CommandOutcome ReusedSubmissionId() => CommandOutcome.Refused(new DomainError(ErrorKind.Conflict,
        "submission.reused", "This submissionId was already used for a different mark; give each mark its own id."));

    private static CommandOutcome LedgerUnavailable() => CommandOutcome.Refused(new DomainError(ErrorKind.Unavailable,
        "ledger.unavailable", "The change could not be stored; nothing was recorded. Send it again."));

    private DomainError NotFound() =>
        new(ErrorKind.NotFound, "competition.not-found", $"Competition {CompetitionId} does not exist.");
}
