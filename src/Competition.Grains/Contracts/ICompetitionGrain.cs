using Competition.Domain;
using Competition.Domain.CompetitionDay;
using Competition.Domain.Competitions;
using Competition.Domain.Judging;
using Competition.Domain.Moderation;
using Competition.Domain.Rules;

namespace Competition.Grains.Contracts;

/// <summary>
/// The single writer of one competition: its marks, moderation, locks and standings. Key: the
/// competition id. Every change is an event committed to the ledger before the caller hears of it.
/// Commands answer an <see cref="Outcome{T}"/>: the ledger sequence of the event recorded, the people a
/// change touched or the definition as it now is; or the rule the command broke.
/// <c>actor</c> arguments name who acts (<c>account:1</c>, <c>judge:7</c>, <c>chief:3</c>) for the ledger.
/// </summary>
[Alias("Competition.ICompetitionGrain")]
public interface ICompetitionGrain : IGrainWithIntegerKey
{
    /// <summary>The public definition, or null when no such competition exists.</summary>
    [Alias("GetView")]
    Task<CompetitionView?> GetViewAsync();

    /// <summary>Replaces rules and/or panels while the competition is a draft; answers the definition as it now is.</summary>
    [Alias("Configure")]
    Task<Outcome<CompetitionView>> ConfigureAsync(CompetitionRules? rules, PanelsDefinition? panels);

    /// <summary>Replaces a draft's marking scheme (new module and aspect ids; panels and module tie-breaks go with the old ones).</summary>
    [Alias("ConfigureScheme")]
    Task<Outcome<CompetitionView>> ConfigureSchemeAsync(MarkingSchemeView scheme);

    /// <summary>Sets the name, occupation (in draft only) and profile.</summary>
    [Alias("ConfigureProfile")]
    Task<Outcome<CompetitionView>> ConfigureProfileAsync(string name, string occupation, CompetitionProfile profile);

    /// <summary>Registers contestants or judges of a sheet in a draft, all or none; a file seen before changes nothing.</summary>
    [Alias("Register")]
    Task<Outcome<RosterChange>> RegisterAsync(RegistrationBatch registration);

    /// <summary>Registers one contestant: in draft, or late once live (with a reason, ledgered).</summary>
    [Alias("AddContestant")]
    Task<Outcome<RosterChange>> AddContestantAsync(ContestantRegistration contestant, string? reason, string actor);

    /// <summary>Corrects a contestant's name or employer (ledgered once live); refused when a judge of the
    /// new employer has already marked them.</summary>
    [Alias("CorrectContestant")]
    Task<Outcome<RosterChange>> CorrectContestantAsync(long contestantId, string name, string employer, string? reason, string actor);

    /// <summary>Withdraws a contestant or records them absent: kept, out of the ranking, with the reason.</summary>
    [Alias("WithdrawContestant")]
    Task<Outcome<RosterChange>> WithdrawContestantAsync(long contestantId, Withdrawal withdrawal, string reason, string actor);

    /// <summary>Registers one judge: in draft, or once live (with a reason, ledgered).</summary>
    [Alias("AddJudge")]
    Task<Outcome<RosterChange>> AddJudgeAsync(JudgeRegistration judge, string? reason, string actor);

    /// <summary>Replaces a judge: the replacement takes their panels; their counted marks stay; they mark no more.</summary>
    [Alias("ReplaceJudge")]
    Task<Outcome<RosterChange>> ReplaceJudgeAsync(long judgeId, JudgeRegistration replacement, string reason, string actor);

    /// <summary>Removes a contestant or a judge of a draft altogether.</summary>
    [Alias("Remove")]
    Task<Outcome<RosterChange>> RemoveAsync(long? contestantId, long? judgeId, string actor);

    /// <summary>Opens the competition for marking.</summary>
    [Alias("Start")]
    Task<Outcome<long>> StartAsync(string actor);

    /// <summary>Closes a competition whose results are published: nothing changes after this.</summary>
    [Alias("Archive")]
    Task<Outcome<long>> ArchiveAsync(string actor);

    /// <summary>Sets the sessions and workstations while in draft; seats already drawn must stay.</summary>
    [Alias("ConfigureSessions")]
    Task<Outcome<CompetitionView>> ConfigureSessionsAsync(CompetitionSchedule schedule);

    /// <summary>The draw as anyone may check it (its commitment before it), or null without one (no such
    /// competition, or one finished without a draw).</summary>
    [Alias("GetDraw")]
    Task<DrawView?> GetDrawAsync();

    /// <summary>Draws numbers (and seats) for every contestant not withdrawn; a re-draw needs a reason.</summary>
    [Alias("Draw")]
    Task<Outcome<RosterChange>> DrawAsync(string? reason, string actor);

    /// <summary>Moves a drawn contestant to a free seat of a session not yet started (ledgered, with the reason).</summary>
    [Alias("MoveContestant")]
    Task<Outcome<RosterChange>> MoveContestantAsync(long contestantId, Seat seat, string reason, string actor);

    /// <summary>Checks a contestant in (检录), before their session starts.</summary>
    [Alias("CheckIn")]
    Task<Outcome<RosterChange>> CheckInAsync(long contestantId, string actor);

    /// <summary>Records the sessions that have started: their absentees become no-shows.</summary>
    [Alias("StartDueSessions")]
    Task StartDueSessionsAsync();

    /// <summary>One party's confirmation of the decryption; with both, names show again.</summary>
    [Alias("Decrypt")]
    Task<Outcome<long>> DecryptAsync(DecryptionParty party, string actor);

    /// <summary>Validates, commits, then applies a mark. Returns only once the mark is durable.</summary>
    /// <remarks>Interleaves with itself so that marks of one competition share group commits.</remarks>
    [Alias("SubmitMark"), AlwaysInterleave]
    Task<Outcome<long>> SubmitMarkAsync(MarkSubmission submission);

    [Alias("RequestRescore")]
    Task<Outcome<long>> RequestRescoreAsync(long contestantId, long aspectId, string reason, string actor);

    /// <summary>Resolves a disputed aspect with a reason: with an agreed 0–3 score, or accepting the panel's mean.</summary>
    [Alias("Resolve")]
    Task<Outcome<long>> ResolveAsync(long contestantId, long aspectId, decimal? agreedScore, string reason, string actor);

    [Alias("LockModule")]
    Task<Outcome<long>> LockModuleAsync(long moduleId, string? reason, string actor);

    /// <summary>Finalises the results; with marks missing, <paramref name="reason"/> must say why.</summary>
    [Alias("LockResults")]
    Task<Outcome<long>> LockResultsAsync(string? reason, string actor);

    [Alias("ProposeCorrection")]
    Task<Outcome<long>> ProposeCorrectionAsync(CorrectionRequest correction, string actor);

    [Alias("ApproveCorrection")]
    Task<Outcome<long>> ApproveCorrectionAsync(long proposalSequence, string actor);

    [Alias("ImportTheory")]
    Task<Outcome<long>> ImportTheoryAsync(IReadOnlyList<ContestantFigure> scores, string actor);

    [Alias("RecordCompletionTimes")]
    Task<Outcome<long>> RecordCompletionTimesAsync(IReadOnlyList<ContestantFigure> minutes, string actor);

    /// <summary>The public board (live, frozen or being revealed), or null when no such competition exists.</summary>
    [Alias("GetLeaderboard")]
    Task<LeaderboardSnapshot?> GetLeaderboardAsync();

    /// <summary>The public board as last pushed to audiences: the board the next <see cref="LeaderboardChanges"/>
    /// follows on from, so a new viewer starts from it.</summary>
    [Alias("GetPublishedBoard")]
    Task<LeaderboardSnapshot?> GetPublishedBoardAsync();

    /// <summary>The live standings the jury sees, never frozen.</summary>
    [Alias("GetJuryLeaderboard")]
    Task<LeaderboardSnapshot?> GetJuryLeaderboardAsync();

    /// <summary>Freezes the public board (the jury's stays live).</summary>
    [Alias("FreezeBoard")]
    Task<Outcome<long>> FreezeBoardAsync(string actor);

    /// <summary>Reveals the next <paramref name="places"/> places of the final standings, from the bottom.</summary>
    [Alias("RevealBoard")]
    Task<Outcome<long>> RevealBoardAsync(int places, string actor);

    /// <summary>Makes the public board live again at once.</summary>
    [Alias("ThawBoard")]
    Task<Outcome<long>> ThawBoardAsync(string actor);

    /// <summary>The results; <paramref name="identities"/>: with names even while judging is blind (for organizers).</summary>
    [Alias("GetResults")]
    Task<ResultsView?> GetResultsAsync(bool identities);

    [Alias("GetScorecard")]
    Task<Scorecard?> GetScorecardAsync(long contestantId, bool identities);

    [Alias("GetModeration")]
    Task<IReadOnlyList<ModerationItem>> GetModerationQueueAsync();

    [Alias("GetCorrections")]
    Task<IReadOnlyList<CorrectionProposal>> GetPendingCorrectionsAsync();

    [Alias("GetCompleteness")]
    Task<IReadOnlyList<MissingMark>> GetMissingMarksAsync();

    [Alias("GetDrift")]
    Task<IReadOnlyList<JudgeDrift>> GetDriftAsync();

    /// <summary>Every contestant's aspect this judge is to mark (their panels, less conflicts), with their entries.</summary>
    [Alias("GetAssignments")]
    Task<IReadOnlyList<Assignment>> GetAssignmentsAsync(long judgeId);

    /// <summary>The judge's latest entry per contestant and aspect, in ledger order: what their tablet shows.</summary>
    [Alias("GetMarksBy")]
    Task<IReadOnlyList<RecordedMark>> GetMarksByAsync(long judgeId);

    /// <summary>What the judge has done here (marks, drift, moderation); null before the competition is loaded.</summary>
    [Alias("GetJudgeRecord")]
    Task<JudgeRecord?> GetJudgeRecordAsync(long judgeId);

    /// <summary>Subscribes (or renews) a silo's observer; renew within <see cref="LeaderboardSubscriptions.Lease"/>.</summary>
    [Alias("Subscribe")]
    Task SubscribeAsync(ICompetitionObserver observer);

    [Alias("Unsubscribe")]
    Task UnsubscribeAsync(ICompetitionObserver observer);
}
