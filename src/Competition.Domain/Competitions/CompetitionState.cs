using System.Text.Json;
using System.Text.Json.Serialization;
using Competition.Domain.CompetitionDay;
using Competition.Domain.Judging;
using Competition.Domain.Ledger;
using Competition.Domain.Marking;
using Competition.Domain.Moderation;
using Competition.Domain.Panels;
using Competition.Domain.Rules;
using Competition.Domain.Standings;

namespace Competition.Domain.Competitions;

/// <summary>
/// One competition as its ledger makes it: the rules decide whether a command may happen
/// (<c>Check…</c> methods, which change nothing), and <see cref="Apply"/> folds a recorded event in.
/// Replaying the ledger from the start rebuilds exactly the state that was acknowledged.
/// </summary>
public sealed partial class CompetitionState
{
    private readonly Dictionary<long, ContestantInfo> _contestants;
    private readonly HashSet<long> _lockedModules = [];
    private readonly Dictionary<long, CorrectionProposal> _corrections = [];
    private IReadOnlyList<Standing> _frozen = [];
    private bool _started;
    private bool _archived;

    public CompetitionState(
        long id, MarkingScheme scheme, CompetitionRules rules, PanelPlan panels,
        IReadOnlyList<ContestantInfo> contestants, CompetitionSchedule? schedule = null)
    {
        Id = id;
        Schedule = schedule ?? CompetitionSchedule.None;
        Scheme = scheme;
        Rules = rules;
        Panels = panels;
        _contestants = contestants.ToDictionary(c => c.Id);
        Scoreboard = new Scoreboard(scheme, rules, contestants);
    }

    public long Id { get; }
    public MarkingScheme Scheme { get; }
    public CompetitionRules Rules { get; }
    public PanelPlan Panels { get; }

    /// <summary>Why new panels name something outside this competition's scheme, judges or contestants, or null.</summary>
    public DomainError? CheckPanelNames(IEnumerable<long> aspects, IEnumerable<long> judges, IEnumerable<long> contestants) =>
        Panels.CheckNames(Scheme.Aspects.Select(a => a.Id).ToHashSet(), aspects, judges, contestants);

    public Scoreboard Scoreboard { get; }
    /// <summary>Where the competition is in its life cycle, as its events make it.</summary>
    public CompetitionStatus Status => !_started ? CompetitionStatus.Draft
        : _archived ? CompetitionStatus.Archived
        : !ResultsLocked ? CompetitionStatus.Live
        : BoardPhase == BoardPhase.Live ? CompetitionStatus.Published : CompetitionStatus.ResultsLocked;

    public bool ResultsLocked { get; private set; }
    public IReadOnlySet<long> LockedModules => _lockedModules;
    public IReadOnlyCollection<CorrectionProposal> PendingCorrections => _corrections.Values;
    public IReadOnlyCollection<ContestantInfo> Contestants => _contestants.Values;

    /// <summary>What the public board shows now.</summary>
    public BoardPhase BoardPhase { get; private set; }

    /// <summary>Places revealed so far from the bottom, during the ceremony.</summary>
    public int Revealed { get; private set; }

    /// <summary>The version at which the public board last changed (it stays put while frozen).</summary>
    public long PublicVersion { get; private set; }

    /// <summary>Sequence of the last event applied.</summary>
    public long LastSequence { get; private set; }

    /// <summary>Hash of the last event applied; the next event links to it.</summary>
    public string? LastHash { get; private set; }

    /// <summary>How many events have been applied: grows with every change, and is the same after a restart.</summary>
    public long Version { get; private set; }

    /// <summary>What the judge has done here, for the chief judge's review.</summary>
    public JudgeRecord RecordOf(long judgeId) =>
        JudgeRecord.Of(judgeId, Scheme, Panels, Scoreboard, Contestants, PendingCorrections, Rules.DriftTolerance);

    public bool HasEntry(long judgeId, long contestantId, long aspectId) =>
        Scoreboard.EntriesOf(contestantId, aspectId).ContainsKey(judgeId);

    /// <summary>The standings an audience may see (<see cref="BoardPhase"/>).</summary>
    public PublicBoard PublicBoard()
    {
        return BoardPhase switch
        {
            BoardPhase.Frozen => new PublicBoard(BoardPhase.Frozen, _frozen, 0),
            BoardPhase.Revealing => Revealing(Scoreboard.Rank()),
            _ => new PublicBoard(BoardPhase.Live, Scoreboard.Rank(), 0),
        };

        PublicBoard Revealing(IReadOnlyList<Standing> final) =>
            new(BoardPhase.Revealing, final, Math.Max(0, final.Count - Revealed));
    }

    public DomainError? CheckFreeze()
    {
        if (!_started)
        {
            return NotLive();
        }
        return BoardPhase == BoardPhase.Live ? null : Conflict("board.frozen", "The public board is already frozen.");
    }

    public DomainError? CheckReveal(int places) => BoardPhase == BoardPhase.Live
        ? Conflict("board.not-frozen", "Only a frozen board is revealed; freeze it first.")
        : places > 0 ? null : new DomainError(ErrorKind.Invalid, "board.reveal-places", "Reveal at least one place.");

    public DomainError? CheckThaw() => BoardPhase == BoardPhase.Live
        ? Conflict("board.not-frozen", "The public board is not frozen.")
        : null;

    public DomainError? CheckStart()
    {
        if (_started)
        {
            return Conflict("competition.already-live", "The competition has already started.");
        }
        if (_contestants.Count == 0)
        {
            return Conflict("competition.no-contestants", "Register the contestants before the start.");
        }
        if (!Panels.Judges.Any(j => !j.IsChief && !j.Replaced))
        {
            return Conflict("competition.no-judges", "Register the judges who mark before the start.");
        }
        return Rules.Blind && Draws.Count == 0
            ? Conflict("draw.required", "Judging is blind: draw the numbers before the start, so judges see numbers, not names.")
            : null;
    }

    /// <summary>Any change at all: an archived competition is closed for good.</summary>
    public DomainError? CheckOpenForChanges() => _archived
        ? Conflict("competition.archived", "The competition is archived: its results and ledger stay readable, nothing changes any more.")
        : null;

    /// <summary>The profile (venue, days, host) may change until the competition is archived; its name and
    /// occupation only in draft, since judges, boards and results already show them.</summary>
    public DomainError? CheckProfileChange(bool renames) => CheckOpenForChanges()
        ?? (renames && _started ? Conflict("competition.not-draft", "The name and occupation are fixed once the competition starts.") : null);

    /// <summary>Registering people in bulk (from spreadsheets) is for drafts; once live, a late contestant
    /// or a replacement judge is a ledgered change of its own.</summary>
    public DomainError? CheckRegistration() => CheckOpenForChanges()
        ?? (_started ? Conflict("competition.not-draft", "Registration sheets are imported into a draft; once live, add a late contestant on their own.") : null);

    /// <summary>A late contestant: until the results are locked, with a bib of their own.</summary>
    public DomainError? CheckAddContestant(string bib) => CheckOpenForChanges() ?? CheckBeforeResults()
        ?? (_contestants.Values.Any(c => c.Bib == bib) ? Conflict("contestant.bib-taken", $"Bib {bib} is taken.") : null);

    /// <summary>A name or employer corrected. A new employer must not be that of a judge who has already
    /// marked the contestant: that mark would then break the conflict-of-interest rule.</summary>
    public DomainError? CheckCorrectContestant(long contestantId, string employer)
    {
        if ((CheckOpenForChanges() ?? FindContestant(contestantId)) is { } refused)
        {
            return refused;
        }
        var conflicted = Scheme.Aspects.SelectMany(a => Scoreboard.EntriesOf(contestantId, a.Id).Keys)
            .Distinct().Where(judge => Panels.Employer(judge) is { } theirs && PanelPlan.SameEmployer(theirs, employer)).ToList();
        return conflicted.Count > 0
            ? Conflict("contestant.conflict-with-marks", "A judge from that employer has already marked this contestant; the change would break the conflict-of-interest rule.")
            : null;
    }

    /// <summary>Withdrawn or absent: once, and before the results are locked (the ranking would change).</summary>
    public DomainError? CheckWithdraw(long contestantId) =>
        CheckOpenForChanges() ?? FindContestant(contestantId) ?? CheckBeforeResults()
        ?? (_contestants[contestantId].Withdrawn ? Conflict("contestant.withdrawn", "This contestant is already withdrawn.") : null);

    /// <summary>A judge added or replaced: until the results are locked.</summary>
    public DomainError? CheckJudgeChange(long? replacing)
    {
        if ((CheckOpenForChanges() ?? CheckBeforeResults()) is { } refused)
        {
            return refused;
        }
        return replacing is { } judgeId && !Panels.IsActive(judgeId)
            ? new DomainError(ErrorKind.NotFound, "judge.not-found", $"Judge {judgeId} does not judge this competition (or was replaced).")
            : null;
    }

    /// <summary>Removing someone altogether is for drafts: once live, they are withdrawn or replaced and kept.</summary>
    public DomainError? CheckRemoval(long? contestantId = null) => CheckOpenForChanges()
        ?? (_started ? Conflict("competition.not-draft", "Once live nobody is removed: withdraw a contestant or replace a judge.") : null)
        ?? (contestantId is { } id && _contestants.TryGetValue(id, out var drawn) && (drawn.DrawnNumber is not null || drawn.CheckedIn)
            ? Conflict("contestant.drawn", "This contestant has drawn a number (or checked in), which the ledger keeps: withdraw them instead.")
            : null);

    /// <summary>The marking scheme is replaced only in draft: judges mark against it from the start.</summary>
    /// <summary>Rules and panels belong to a draft's definition; once live, marks depend on them.</summary>
    public DomainError? CheckConfigurationChange() =>
        _started ? Conflict("competition.not-draft", "Rules and panels are fixed once the competition starts.") : null;

    public DomainError? CheckSchemeChange() => CheckOpenForChanges()
        ?? (_started ? Conflict("competition.not-draft", "The marking scheme is fixed once the competition starts.") : null);

    /// <summary>Archiving closes a competition whose results are out: locked and published.</summary>
    public DomainError? CheckArchive() => Status == CompetitionStatus.Published
        ? null
        : Conflict("competition.not-published", "Only published results are archived: the chief judge locks the results and the board must be live.");

    /// <summary>May this judge enter this value now? <paramref name="amending"/>: the judge already has an
    /// entry here (committed or on its way), so this replaces it and needs a reason.</summary>
    public DomainError? CheckMark(long judgeId, long contestantId, long aspectId, decimal value, string? reason, bool amending)
    {
        if (!Panels.Judges.Any(j => j.Id == judgeId))
        {
            return new DomainError(ErrorKind.Forbidden, "judge.not-in-competition", "This judge does not judge this competition.");
        }
        if (FindTarget(contestantId, aspectId, out var moduleIndex, out var aspect) is { } missing)
        {
            return missing;
        }
        if (AspectRules.CheckEntry(aspect, value) is { } invalid)
        {
            return invalid;
        }
        if (CheckOpen(Scheme.Modules[moduleIndex]) is { } closed)
        {
            return closed;
        }
        if (Panels.CheckJudge(judgeId, contestantId, aspect) is { } refused)
        {
            // Blind, a judge told "your own employer" would learn who the contestant is: refused as any other not theirs.
            return HidingIdentities && refused == PanelPlan.ConflictOfInterest ? PanelPlan.NotAssigned : refused;
        }
        var rescoring = Scoreboard.StateOf(contestantId, aspectId) == ModerationState.Rescoring;
        return amending && !rescoring && !Text.IsVisible(reason)
            ? new DomainError(ErrorKind.Invalid, "mark.reason-required", "This judge has already marked this aspect: give a reason to amend it.")
            : null;
    }

    public DomainError? CheckRescore(long contestantId, long aspectId) =>
        CheckModeration(contestantId, aspectId, ModerationState.Disputed);

    public DomainError? CheckResolve(long contestantId, long aspectId, decimal? agreedScore)
    {
        if (CheckModeration(contestantId, aspectId, ModerationState.Disputed, ModerationState.Rescoring) is { } error)
        {
            return error;
        }
        return agreedScore is { } score && (score < 0 || score > AspectRules.JudgementLevels || decimal.Truncate(score) != score)
            ? new DomainError(ErrorKind.Invalid, "mark.out-of-range", $"An agreed score is a whole score from 0 to {AspectRules.JudgementLevels}.")
            : null;
    }

    public DomainError? CheckLockModule(long moduleId)
    {
        if (Scheme.ModuleIndexOf(moduleId) < 0)
        {
            return new DomainError(ErrorKind.NotFound, "module.not-found", $"Module {moduleId} is not in this competition.");
        }
        if (!_started)
        {
            return NotLive();
        }
        return _lockedModules.Contains(moduleId) ? Conflict("module.locked", "This module is already locked.") : null;
    }

    /// <summary>Results are final only with every dispute moderated, and with every mark in unless the
    /// chief judge records why some are missing.</summary>
    public DomainError? CheckLockResults(string? reason)
    {
        if (!_started)
        {
            return NotLive();
        }
        if (ResultsLocked)
        {
            return Conflict("results.locked", "The results are already locked.");
        }
        if (Scoreboard.ModerationQueue().Count is > 0 and var pending)
        {
            return Conflict("moderation.pending", $"{pending} aspect(s) still wait for moderation.");
        }
        var missing = Completeness.Missing(Scheme, Panels, Scoreboard, Contestants).Count;
        return missing > 0 && !Text.IsVisible(reason)
            ? Conflict("results.incomplete", $"{missing} contestant aspect(s) still lack marks: complete them, or record why they are missing.")
            : null;
    }

    /// <summary>After a lock, a change is proposed by the chief judge with a reason.</summary>
    public DomainError? CheckCorrection(long judgeId, long contestantId, long aspectId, decimal value, string? reason)
    {
        if (FindTarget(contestantId, aspectId, out var moduleIndex, out var aspect) is { } missing)
        {
            return missing;
        }
        if (!Panels.Judges.Any(j => j.Id == judgeId))
        {
            return new DomainError(ErrorKind.NotFound, "judge.not-found", $"Judge {judgeId} does not judge this competition.");
        }
        if (AspectRules.CheckEntry(aspect, value) is { } invalid)
        {
            return invalid;
        }
        if (!Text.IsVisible(reason))
        {
            return new DomainError(ErrorKind.Invalid, "correction.reason-required", "A correction needs a reason.");
        }
        return ResultsLocked || _lockedModules.Contains(Scheme.Modules[moduleIndex].Id)
            ? null
            : Conflict("correction.not-locked", "The module is not locked: the judge amends the mark, with a reason.");
    }

    /// <summary>
    /// The second person: whoever proposed a correction cannot approve it too, and neither can the account
    /// that was shown the proposer's PIN (<paramref name="proposersPinHolder"/>), since it could have signed
    /// in as the chief judge and proposed it itself.
    /// </summary>
    public DomainError? CheckApproveCorrection(long proposalSequence, string approver, string? proposersPinHolder)
    {
        if (!_corrections.TryGetValue(proposalSequence, out var proposal))
        {
            return new DomainError(ErrorKind.NotFound, "correction.not-found", $"No correction {proposalSequence} is waiting for approval.");
        }
        if (proposal.ProposedBy == approver)
        {
            return Conflict("correction.same-person", "A correction is approved by someone other than the person who proposed it.");
        }
        return proposersPinHolder == approver
            ? Conflict("correction.pin-holder", "You were given the chief judge's PIN: another organizer approves this correction.")
            : null;
    }

    /// <summary>Who proposed the correction waiting under this sequence, if one is.</summary>
    public string? ProposerOf(long proposalSequence) => _corrections.TryGetValue(proposalSequence, out var proposal) ? proposal.ProposedBy : null;

    public CorrectionProposal Correction(long proposalSequence) => _corrections[proposalSequence];

    public DomainError? CheckTheory(IReadOnlyCollection<ContestantFigure> scores)
    {
        if (Rules.Theory is not { } theory)
        {
            return Conflict("theory.not-configured", "This competition has no theory component; set one in its rules.");
        }
        if (ResultsLocked)
        {
            return Conflict("results.locked", "The results are locked.");
        }
        return CheckFigures(scores, s => s >= 0 && s <= theory.MaxScore, $"Theory scores run from 0 to {theory.MaxScore:0.##}.");
    }

    public DomainError? CheckCompletionTimes(IReadOnlyCollection<ContestantFigure> minutes) =>
        ResultsLocked
            ? Conflict("results.locked", "The results are locked.")
            : CheckFigures(minutes, m => m > 0, "Completion times are positive numbers of minutes.");

    /// <summary>Folds a recorded event into the state.</summary>
    public void Apply(LedgerEvent e)
    {
        switch (e.Type)
        {
            case LedgerEventType.Started:
                _started = true;
                break;
            case LedgerEventType.Archived:
                _archived = true;
                break;
            case LedgerEventType.Mark or LedgerEventType.Amendment or LedgerEventType.CorrectionApproved:
                Scoreboard.Apply(new JudgeMark(e.JudgeId!.Value, e.ContestantId!.Value, e.AspectId!.Value, e.Value!.Value, e.Sequence));
                if (e.Type == LedgerEventType.CorrectionApproved)
                {
                    _corrections.Remove(JsonSerializer.Deserialize<CorrectionReference>(e.Payload!, PayloadJson)!.Proposal);
                }
                break;
            case LedgerEventType.RescoreRequested:
                Scoreboard.RequestRescore(e.ContestantId!.Value, e.AspectId!.Value, e.Sequence);
                break;
            case LedgerEventType.Resolution:
                Scoreboard.Resolve(e.ContestantId!.Value, e.AspectId!.Value, e.Value, e.Sequence);
                break;
            case LedgerEventType.ModuleLocked:
                _lockedModules.Add(e.ModuleId!.Value);
                break;
            case LedgerEventType.ResultsLocked:
                ResultsLocked = true;
                _lockedModules.UnionWith(Scheme.Modules.Select(m => m.Id));
                break;
            case LedgerEventType.CorrectionProposed:
                _corrections[e.Sequence] = new CorrectionProposal(e.Sequence, e.JudgeId!.Value, e.ContestantId!.Value,
                    e.AspectId!.Value, e.Value!.Value, e.Reason!, e.Actor, e.RecordedAt);
                break;
            case LedgerEventType.TheoryImported:
                foreach (var figure in Figures(e))
                {
                    Scoreboard.SetTheory(figure.ContestantId, figure.Value);
                }
                break;
            case LedgerEventType.CompletionTimesRecorded:
                foreach (var figure in Figures(e))
                {
                    Scoreboard.SetCompletionTime(figure.ContestantId, figure.Value);
                }
                break;
            case LedgerEventType.BoardFrozen:
                (BoardPhase, _frozen, Revealed) = (BoardPhase.Frozen, Scoreboard.Rank(), 0);
                break;
            case LedgerEventType.BoardRevealed:
                Revealed += (int)e.Value!.Value;
                BoardPhase = Revealed >= Contestants.Count ? BoardPhase.Live : BoardPhase.Revealing;
                break;
            case LedgerEventType.BoardThawed:
                (BoardPhase, _frozen, Revealed) = (BoardPhase.Live, [], 0);
                break;
            default:
                ApplyDay(e);
                break;
        }
        LastSequence = e.Sequence;
        LastHash = e.Hash;
        Version++;
        // Marks under a frozen board change nothing the public sees; names decrypted do, frozen or not.
        if (BoardPhase != BoardPhase.Frozen || e.Type == LedgerEventType.BoardFrozen || (e.Type == LedgerEventType.DecryptionConfirmed && Decrypted))
        {
            PublicVersion = Version;
        }
    }

    /// <summary>The payload an import event carries.</summary>
    public static string FiguresPayload(IEnumerable<ContestantFigure> figures) => JsonSerializer.Serialize(figures, PayloadJson);

    /// <summary>The payload of an approval, naming the proposal it approves.</summary>
    public static string ApprovalPayload(long proposalSequence) => JsonSerializer.Serialize(new CorrectionReference(proposalSequence), PayloadJson);

    /// <summary>How a ledger event's payload is written: web JSON, enums by name. Payloads are hashed as
    /// written, so existing ones are only ever read with these options, never rewritten.</summary>
    private static readonly JsonSerializerOptions PayloadJson = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    private static IReadOnlyList<ContestantFigure> Figures(LedgerEvent e) =>
        JsonSerializer.Deserialize<List<ContestantFigure>>(e.Payload!, PayloadJson)!;

    private DomainError? FindTarget(long contestantId, long aspectId, out int moduleIndex, out SchemeAspect aspect)
    {
        if (!_contestants.ContainsKey(contestantId))
        {
            moduleIndex = -1;
            aspect = null!;
            return new DomainError(ErrorKind.NotFound, "contestant.not-found", $"Contestant {contestantId} is not in this competition.");
        }
        return Scheme.TryFindAspect(aspectId, out moduleIndex, out aspect)
            ? null
            : new DomainError(ErrorKind.NotFound, "aspect.not-found", $"Aspect {aspectId} is not in this competition's marking scheme.");
    }

    private DomainError? CheckOpen(SchemeModule module)
    {
        if (!_started)
        {
            return NotLive();
        }
        if (ResultsLocked)
        {
            return Conflict("results.locked", "The results are locked: a change needs the chief judge and an organizer's approval.");
        }
        return _lockedModules.Contains(module.Id)
            ? Conflict("module.locked", $"Module '{module.Name}' is locked: a change needs the chief judge and an organizer's approval.")
            : null;
    }

    private DomainError? FindContestant(long contestantId) => _contestants.ContainsKey(contestantId)
        ? null
        : new DomainError(ErrorKind.NotFound, "contestant.not-found", $"Contestant {contestantId} is not in this competition.");

    private DomainError? CheckBeforeResults() => ResultsLocked
        ? Conflict("results.locked", "The results are locked: the field and the panel no longer change.")
        : null;

    private DomainError? CheckModeration(long contestantId, long aspectId, params ModerationState[] states)
    {
        if (FindTarget(contestantId, aspectId, out _, out _) is { } missing)
        {
            return missing;
        }
        return states.Contains(Scoreboard.StateOf(contestantId, aspectId))
            ? null
            : Conflict("moderation.not-pending", "This aspect is not waiting for moderation.");
    }

    private DomainError? CheckFigures(IReadOnlyCollection<ContestantFigure> figures, Func<decimal, bool> valid, string rule)
    {
        if (figures.Count == 0)
        {
            return new DomainError(ErrorKind.Invalid, "import.empty", "Nothing to import.");
        }
        if (figures.FirstOrDefault(f => !_contestants.ContainsKey(f.ContestantId)) is { } unknown)
        {
            return new DomainError(ErrorKind.NotFound, "contestant.not-found", $"Contestant {unknown.ContestantId} is not in this competition.");
        }
        if (figures.GroupBy(f => f.ContestantId).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            return new DomainError(ErrorKind.Invalid, "import.duplicate", $"Contestant {twice.Key} appears more than once.");
        }
        return figures.All(f => valid(f.Value)) ? null : new DomainError(ErrorKind.Invalid, "import.out-of-range", rule);
    }

    private static DomainError NotLive() =>
        Conflict("competition.not-live", "The competition is not live: marks are accepted only after it starts.");

    private static DomainError Conflict(string code, string message) => new(ErrorKind.Conflict, code, message);

    private sealed record CorrectionReference(long Proposal);
}
