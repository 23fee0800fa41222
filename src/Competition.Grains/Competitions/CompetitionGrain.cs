using Competition.Data;
using Competition.Data.Ledger;
using Competition.Domain;
using Competition.Domain.CompetitionDay;
using Competition.Domain.Competitions;
using Competition.Domain.Judging;
using Competition.Domain.Ledger;
using Competition.Domain.Moderation;
using Competition.Domain.Rules;
using Competition.Grains.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Orleans.Placement;

namespace Competition.Grains.Competitions;

/// <summary>
/// Owns one competition and orchestrates it: the rules decide (<see cref="CompetitionState"/>), the
/// recorder seals and commits (<see cref="CompetitionRecorder"/>), the roster and the day runner write
/// who takes part and where, the publisher tells audiences. Activated on the silo of the host that first
/// needs the competition (no extra hop for its requests); all state is rebuilt from the ledger then.
/// </summary>
[PreferLocalPlacement]
public sealed class CompetitionGrain(
    IDbContextFactory<CompetitionDbContext> contexts,
    CompetitionLedger ledger,
    TimeProvider time,
    ILogger<CompetitionGrain> logger) : Grain, ICompetitionGrain
{
    private LeaderboardPublisher _publisher = null!;
    private CompetitionRecorder _recorder = null!;
    private CompetitionRoster _roster = null!;
    private CompetitionDayRunner _day = null!;

    private long CompetitionId => this.GetPrimaryKeyLong();
    private CompetitionState? State => _recorder.State;
    private CompetitionView? View => _recorder.View;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _publisher = new LeaderboardPublisher(CompetitionId, time, logger);
        _recorder = new CompetitionRecorder(CompetitionId, contexts, ledger, time, logger, _publisher, () => this.DeactivateOnIdle());
        _roster = new CompetitionRoster(CompetitionId, _recorder, contexts, time, GrainFactory);
        _day = new CompetitionDayRunner(CompetitionId, _recorder, time);
        await _recorder.LoadAsync(cancellationToken);
        if (State is not null)
        {
            _publisher.PublishedIsCurrent();
            this.RegisterGrainTimer(_ => _publisher.PublishAsync(), new GrainTimerCreationOptions(LeaderboardPublisher.Interval, LeaderboardPublisher.Interval));
            this.RegisterGrainTimer(_ => _day.StartDueSessionsAsync(),
                new GrainTimerCreationOptions(TimeSpan.FromSeconds(1), CompetitionDayRunner.SessionCheckInterval));
        }
    }

    public Task<CompetitionView?> GetViewAsync() => Task.FromResult(State is null ? null : CurrentView());

    public async Task<Outcome<CompetitionView>> ConfigureAsync(CompetitionRules? rules, PanelsDefinition? panels)
    {
        if ((State is null ? _recorder.NotFound() : State.CheckConfigurationChange() ?? rules?.Check(State.Scheme) ?? CheckPanels(State, panels)) is { } refused)
        {
            return refused;
        }
        await using (var db = contexts.CreateDbContext())
        {
            await CompetitionDefinitions.SaveConfigurationAsync(db, CompetitionId, rules, panels,
                State!.Scheme.Aspects.Select(a => a.Id).ToList(), View!.Judges.Select(j => j.Id).ToList());
        }
        await _recorder.LoadAsync();
        return CurrentView();
    }

    public async Task<Outcome<CompetitionView>> ConfigureSchemeAsync(MarkingSchemeView scheme)
    {
        if ((State is null ? _recorder.NotFound() : State.CheckSchemeChange()) is { } refused)
        {
            return refused;
        }
        await using (var db = contexts.CreateDbContext())
        {
            await CompetitionDefinitions.ReplaceSchemeAsync(db, CompetitionId, scheme, State!.Scheme.Aspects.Select(a => a.Id).ToList(), State.Rules.ForNewScheme());
        }
        await _recorder.LoadAsync();
        return CurrentView();
    }

    public async Task<Outcome<CompetitionView>> ConfigureProfileAsync(string name, string occupation, CompetitionProfile profile)
    {
        if ((State is null ? _recorder.NotFound() : State.CheckProfileChange(name != View!.Name || occupation != View.Occupation)) is { } refused)
        {
            return refused;
        }
        await using (var db = contexts.CreateDbContext())
        {
            await CompetitionDefinitions.SaveProfileAsync(db, CompetitionId, name, occupation, profile);
        }
        _recorder.ProfileChanged(name, occupation, profile);
        return CurrentView();
    }

    public Task<Outcome<RosterChange>> RegisterAsync(RegistrationBatch registration) => _roster.RegisterAsync(registration);

    public Task<Outcome<RosterChange>> AddContestantAsync(ContestantRegistration contestant, string? reason, string actor) =>
        _roster.AddContestantAsync(contestant, reason, actor);

    public Task<Outcome<RosterChange>> CorrectContestantAsync(long contestantId, string name, string employer, string? reason, string actor) =>
        _roster.CorrectContestantAsync(contestantId, name, employer, reason, actor);

    public Task<Outcome<RosterChange>> WithdrawContestantAsync(long contestantId, Withdrawal withdrawal, string reason, string actor) =>
        _roster.WithdrawContestantAsync(contestantId, withdrawal, reason, actor);

    public Task<Outcome<RosterChange>> AddJudgeAsync(JudgeRegistration judge, string? reason, string actor) => _roster.AddJudgeAsync(judge, reason, actor);

    public Task<Outcome<RosterChange>> ReplaceJudgeAsync(long judgeId, JudgeRegistration replacement, string reason, string actor) =>
        _roster.ReplaceJudgeAsync(judgeId, replacement, reason, actor);

    public Task<Outcome<RosterChange>> RemoveAsync(long? contestantId, long? judgeId, string actor) => _roster.RemoveAsync(contestantId, judgeId);

    public Task<Outcome<long>> StartAsync(string actor) =>
        _recorder.RecordAsync(s => s.CheckStart(), () => _recorder.Draft(LedgerEventType.Started, actor));

    public Task<Outcome<long>> ArchiveAsync(string actor) =>
        _recorder.RecordAsync(s => s.CheckArchive(), () => _recorder.Draft(LedgerEventType.Archived, actor));

    public async Task<Outcome<CompetitionView>> ConfigureSessionsAsync(CompetitionSchedule schedule) =>
        await _day.ConfigureSessionsAsync(schedule) is { Error: { } refused } ? refused : CurrentView();

    public Task<DrawView?> GetDrawAsync() => _day.GetDrawAsync();

    public Task<Outcome<RosterChange>> DrawAsync(string? reason, string actor) => _day.DrawAsync(reason, actor);

    public Task<Outcome<RosterChange>> MoveContestantAsync(long contestantId, Seat seat, string reason, string actor) =>
        _day.MoveContestantAsync(contestantId, seat, reason, actor);

    public Task<Outcome<RosterChange>> CheckInAsync(long contestantId, string actor) => _day.CheckInAsync(contestantId, actor);

    public Task StartDueSessionsAsync() => _day.StartDueSessionsAsync();

    public Task<Outcome<long>> DecryptAsync(DecryptionParty party, string actor) =>
        _recorder.RecordAsync(s => s.CheckDecrypt(party),
            () => _recorder.Draft(LedgerEventType.DecryptionConfirmed, actor) with { Payload = CompetitionState.PartyPayload(party) });

    public Task<Outcome<long>> SubmitMarkAsync(MarkSubmission submission) => _recorder.SubmitMarkAsync(submission);

    public Task<Outcome<long>> RequestRescoreAsync(long contestantId, long aspectId, string reason, string actor) =>
        _recorder.RecordAsync(s => s.CheckRescore(contestantId, aspectId) ?? Reasons.Require(reason),
            () => _recorder.Draft(LedgerEventType.RescoreRequested, actor) with { ContestantId = contestantId, AspectId = aspectId, Reason = reason.Trim() });

    public Task<Outcome<long>> ResolveAsync(long contestantId, long aspectId, decimal? agreedScore, string reason, string actor) =>
        _recorder.RecordAsync(s => s.CheckResolve(contestantId, aspectId, agreedScore) ?? Reasons.Require(reason),
            () => _recorder.Draft(LedgerEventType.Resolution, actor) with { ContestantId = contestantId, AspectId = aspectId, Value = agreedScore, Reason = reason.Trim() });

    public Task<Outcome<long>> LockModuleAsync(long moduleId, string? reason, string actor) =>
        _recorder.RecordAsync(s => s.CheckLockModule(moduleId),
            () => _recorder.Draft(LedgerEventType.ModuleLocked, actor) with { ModuleId = moduleId, Reason = Reasons.Kept(reason) });

    public Task<Outcome<long>> LockResultsAsync(string? reason, string actor) =>
        _recorder.RecordAsync(s => s.CheckLockResults(reason),
            () => _recorder.Draft(LedgerEventType.ResultsLocked, actor) with { Reason = Reasons.Kept(reason) });

    public Task<Outcome<long>> ProposeCorrectionAsync(CorrectionRequest c, string actor) =>
        _recorder.RecordAsync(s => s.CheckCorrection(c.JudgeId, c.ContestantId, c.AspectId, c.Value, c.Reason),
            () => _recorder.Draft(LedgerEventType.CorrectionProposed, actor) with
            {
                JudgeId = c.JudgeId, ContestantId = c.ContestantId, AspectId = c.AspectId, Value = c.Value, Reason = c.Reason.Trim(),
            });

    public async Task<Outcome<long>> ApproveCorrectionAsync(long proposalSequence, string actor)
    {
        var pinHolder = State!.ProposerOf(proposalSequence) is { } proposer ? await CompetitionRegistration.PinHolderAsync(contexts, proposer) : null;
        return await _recorder.RecordAsync(s => s.CheckApproveCorrection(proposalSequence, actor, pinHolder), () =>
        {
            var proposal = State!.Correction(proposalSequence);
            return _recorder.Draft(LedgerEventType.CorrectionApproved, actor) with
            {
                JudgeId = proposal.JudgeId, ContestantId = proposal.ContestantId, AspectId = proposal.AspectId,
                Value = proposal.Value, Reason = proposal.Reason, Payload = CompetitionState.ApprovalPayload(proposalSequence),
            };
        });
    }

    public Task<Outcome<long>> ImportTheoryAsync(IReadOnlyList<ContestantFigure> scores, string actor) =>
        _recorder.RecordAsync(s => s.CheckTheory(scores),
            () => _recorder.Draft(LedgerEventType.TheoryImported, actor) with { Payload = CompetitionState.FiguresPayload(scores) });

    public Task<Outcome<long>> RecordCompletionTimesAsync(IReadOnlyList<ContestantFigure> minutes, string actor) =>
        _recorder.RecordAsync(s => s.CheckCompletionTimes(minutes),
            () => _recorder.Draft(LedgerEventType.CompletionTimesRecorded, actor) with { Payload = CompetitionState.FiguresPayload(minutes) });

    public Task<LeaderboardSnapshot?> GetLeaderboardAsync() => Task.FromResult(State is null ? null : _publisher.PublicBoard());

    public Task<LeaderboardSnapshot?> GetPublishedBoardAsync() => Task.FromResult(State is null ? null : _publisher.PublishedBoard);

    public Task<LeaderboardSnapshot?> GetJuryLeaderboardAsync() => Task.FromResult(State is null ? null : _publisher.JuryBoard());

    public Task<Outcome<long>> FreezeBoardAsync(string actor) =>
        _recorder.RecordAsync(s => s.CheckFreeze(), () => _recorder.Draft(LedgerEventType.BoardFrozen, actor));

    public Task<Outcome<long>> RevealBoardAsync(int places, string actor) =>
        _recorder.RecordAsync(s => s.CheckReveal(places), () => _recorder.Draft(LedgerEventType.BoardRevealed, actor) with { Value = places });

    public Task<Outcome<long>> ThawBoardAsync(string actor) =>
        _recorder.RecordAsync(s => s.CheckThaw(), () => _recorder.Draft(LedgerEventType.BoardThawed, actor));

    public Task<ResultsView?> GetResultsAsync(bool identities) =>
        Task.FromResult(State is null ? null : StandingsViews.Results(CompetitionId, State, _publisher.Shown(identities)));

    public Task<Scorecard?> GetScorecardAsync(long contestantId, bool identities) =>
        Task.FromResult(State is not null && _publisher.Shown(identities).TryGetValue(contestantId, out var contestant)
            ? StandingsViews.Scorecard(CompetitionId, State, View!.MarkingScheme, contestant)
            : null);

    public Task<IReadOnlyList<ModerationItem>> GetModerationQueueAsync() =>
        Task.FromResult(State?.Scoreboard.ModerationQueue() ?? []);

    public Task<IReadOnlyList<CorrectionProposal>> GetPendingCorrectionsAsync() =>
        Task.FromResult<IReadOnlyList<CorrectionProposal>>(State?.PendingCorrections.OrderBy(c => c.Sequence).ToList() ?? []);

    public Task<IReadOnlyList<MissingMark>> GetMissingMarksAsync() =>
        Task.FromResult(State is null ? [] : Completeness.Missing(State.Scheme, State.Panels, State.Scoreboard, State.Contestants));

    public Task<IReadOnlyList<JudgeDrift>> GetDriftAsync() =>
        Task.FromResult(State is null ? [] : DriftAnalysis.Analyse(State.Scheme, State.Scoreboard,
            State.Contestants.Select(c => c.Id), State.Rules.DriftTolerance));

    public Task<IReadOnlyList<Assignment>> GetAssignmentsAsync(long judgeId) =>
        Task.FromResult(State is null ? [] : StandingsViews.Assignments(State, View!, judgeId));

    public Task<IReadOnlyList<RecordedMark>> GetMarksByAsync(long judgeId) =>
        Task.FromResult<IReadOnlyList<RecordedMark>>(State is null ? [] : State.Scoreboard.JudgedBy(judgeId)
            .Select(a => RecordedMark.Of(a.Entry)).OrderBy(m => m.Sequence).ToList());

    public Task<JudgeRecord?> GetJudgeRecordAsync(long judgeId) => Task.FromResult(State?.RecordOf(judgeId));

    public Task SubscribeAsync(ICompetitionObserver observer)
    {
        if (State is not null)
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

    /// <summary>The definition with what the ledger decides: status, locks, blinding.</summary>
    private CompetitionView CurrentView() => View! with
    {
        Status = State!.Status,
        LockedModules = State.LockedModules.Order().ToList(),
        ResultsLocked = State.ResultsLocked,
        Blinding = new BlindingView(State.Rules.Blind, State.HidingIdentities, State.Decrypted, State.Confirmations.OrderBy(c => c.At).ToList()),
    };

    private static DomainError? CheckPanels(CompetitionState state, PanelsDefinition? panels) => panels is null ? null : state.CheckPanelNames(
        panels.Aspects.Select(p => p.AspectId),
        panels.Aspects.SelectMany(p => p.JudgeIds).Concat((panels.Assignments ?? []).Select(a => a.JudgeId)),
        (panels.Assignments ?? []).SelectMany(a => a.ContestantIds));
}
