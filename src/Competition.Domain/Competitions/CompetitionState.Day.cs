using System.Text.Json;
using Competition.Domain.CompetitionDay;
using Competition.Domain.Ledger;

namespace Competition.Domain.Competitions;

/// <summary>The competition day: sessions and workstations, the draw, check-in, no-shows and decryption.</summary>
public sealed partial class CompetitionState
{
    private readonly List<DrawRecord> _draws = [];
    private readonly HashSet<int> _startedSessions = [];
    private readonly Dictionary<DecryptionParty, DecryptionConfirmation> _confirmations = [];

    public CompetitionSchedule Schedule { get; }

    /// <summary>Every draw performed, the last one in force.</summary>
    public IReadOnlyList<DrawRecord> Draws => _draws;

    /// <summary>The published commitment of the next draw, if one is made.</summary>
    public string? PendingCommitment { get; private set; }

    public IReadOnlyCollection<DecryptionConfirmation> Confirmations => _confirmations.Values;

    /// <summary>Both parties have confirmed the decryption: names show everywhere again.</summary>
    public bool Decrypted => _confirmations.Count == Enum.GetValues<DecryptionParty>().Length;

    /// <summary>Judges and the public see numbers, not names: blind judging until the decryption.</summary>
    public bool HidingIdentities => Rules.Blind && !Decrypted;

    /// <summary>Sessions and workstations are set while the competition is a draft; a change must leave
    /// every seat already drawn in place.</summary>
    public DomainError? CheckSchedule(CompetitionSchedule schedule)
    {
        if ((CheckOpenForChanges() ?? schedule.Check()) is { } refused)
        {
            return refused;
        }
        if (_started)
        {
            return Conflict("competition.not-draft", "Sessions and workstations are fixed once the competition starts: move contestants instead.");
        }
        return _contestants.Values.FirstOrDefault(c => c.Seat is { } seat && !schedule.Has(seat)) is { Seat: { } lost }
            ? Conflict("sessions.in-use", $"Session {lost.Session}, workstation {lost.Workstation} is drawn: keep it, or draw again after the change.")
            : null;
    }

    /// <summary>The draw: in draft or live before the first session starts, over every contestant not
    /// withdrawn, who must all fit the sessions; a re-draw says why.</summary>
    public DomainError? CheckDraw(string? reason, DateTimeOffset now)
    {
        if ((CheckOpenForChanges() ?? CheckBeforeResults()) is { } refused)
        {
            return refused;
        }
        if (Schedule.Session(1) is { } first && now >= first.StartsAt)
        {
            return Conflict("draw.too-late", "The first session has started: the draw stands; move contestants instead.");
        }
        var drawn = _contestants.Values.Count(c => !c.Withdrawn);
        if (drawn == 0)
        {
            return Conflict("draw.no-contestants", "Register the contestants before the draw.");
        }
        if (Schedule.Capacity is { } capacity && drawn > capacity)
        {
            return Conflict("draw.too-few-sessions",
                $"{drawn} contestants need {(drawn + Schedule.Workstations!.Value - 1) / Schedule.Workstations.Value} session(s) of {Schedule.Workstations} workstations; {Schedule.Sessions.Count} are defined.");
        }
        return _draws.Count > 0 && !Text.IsVisible(reason)
            ? new DomainError(ErrorKind.Invalid, "reason-required", "The numbers are drawn already: a re-draw needs a reason, kept in the ledger.")
            : null;
    }

    /// <summary>The contestant ids a draw now takes, ascending.</summary>
    public IReadOnlyList<long> DrawInput() => _contestants.Values.Where(c => !c.Withdrawn).Select(c => c.Id).Order().ToList();

    /// <summary>A contestant moved (a no-show, an equipment fault) to a free seat of a session not yet
    /// started; a no-show moved takes part again.</summary>
    public DomainError? CheckMove(long contestantId, Seat seat, DateTimeOffset now)
    {
        if ((CheckOpenForChanges() ?? FindContestant(contestantId) ?? CheckBeforeResults()) is { } refused)
        {
            return refused;
        }
        var contestant = _contestants[contestantId];
        if (contestant.Withdrawn && !contestant.NoShow)
        {
            return Conflict("contestant.withdrawn", "This contestant is withdrawn.");
        }
        if (contestant.DrawnNumber is null)
        {
            return Conflict("contestant.not-drawn", "Draw the numbers first: a contestant is moved from the seat they drew.");
        }
        if (!Schedule.Has(seat))
        {
            return new DomainError(ErrorKind.Invalid, "seat.invalid",
                $"There are {Schedule.Sessions.Count} session(s) of {Schedule.Workstations ?? 0} workstations.");
        }
        if (now >= Schedule.Session(seat.Session)!.StartsAt)
        {
            return Conflict("session.started", $"Session {seat.Session} has started: move the contestant to a later one.");
        }
        return _contestants.Values.Any(c => c.Id != contestantId && !c.Withdrawn && c.Seat == seat)
            ? Conflict("seat.taken", $"Workstation {seat.Workstation} of session {seat.Session} is taken.")
            : null;
    }

    /// <summary>Check-in (检录): once, before the contestant's session starts; an absentee moved to a later
    /// session checks in there.</summary>
    public DomainError? CheckCheckIn(long contestantId, DateTimeOffset now)
    {
        if ((CheckOpenForChanges() ?? FindContestant(contestantId) ?? CheckBeforeResults()) is { } refused)
        {
            return refused;
        }
        var contestant = _contestants[contestantId];
        if (contestant.NoShow)
        {
            return Conflict("contestant.no-show", "Recorded as a no-show when their session started: move them to a later session first.");
        }
        if (contestant.Withdrawn)
        {
            return Conflict("contestant.withdrawn", "This contestant is withdrawn.");
        }
        if (contestant.CheckedIn)
        {
            return Conflict("contestant.checked-in", "This contestant has already checked in.");
        }
        return contestant.Seat is { } seat && Schedule.Session(seat.Session) is { } session && now >= session.StartsAt
            ? Conflict("session.started", $"Session {seat.Session} has started: a late contestant is moved to a later session.")
            : null;
    }

    /// <summary>Sessions that have started but whose absentees are not yet recorded, with those absentees:
    /// contestants seated in them, not checked in, not withdrawn.</summary>
    public IReadOnlyList<(int Session, IReadOnlyList<long> Absent)> SessionsToStart(DateTimeOffset now)
    {
        if (_archived || ResultsLocked)
        {
            return [];
        }
        return Schedule.Sessions
            .Select((session, index) => (Number: index + 1, session.StartsAt))
            .Where(s => s.StartsAt <= now && !_startedSessions.Contains(s.Number))
            .Select(s => (s.Number, (IReadOnlyList<long>)_contestants.Values
                .Where(c => c.Seat?.Session == s.Number && !c.CheckedIn && !c.Withdrawn).Select(c => c.Id).Order().ToList()))
            .ToList();
    }

    /// <summary>Decryption (解密): once the results are locked, confirmed by an organizer and the chief judge, each once.</summary>
    public DomainError? CheckDecrypt(DecryptionParty party)
    {
        if (CheckOpenForChanges() is { } refused)
        {
            return refused;
        }
        if (!Rules.Blind)
        {
            return Conflict("decryption.not-blind", "Judging is not blind: there is nothing to decrypt.");
        }
        if (!ResultsLocked)
        {
            return Conflict("results.not-locked", "Numbers are decrypted once the chief judge has locked the results.");
        }
        if (Decrypted)
        {
            return Conflict("decryption.done", "The numbers are decrypted already.");
        }
        return _confirmations.ContainsKey(party)
            ? Conflict("decryption.confirmed", "You have confirmed already: the other party confirms now.")
            : null;
    }

    public static string CommitmentPayload(string commitment) => JsonSerializer.Serialize(new CommitmentRecord(commitment), PayloadJson);

    public static string DrawPayload(string commitment, string seed, IReadOnlyList<long> input, IReadOnlyList<long> order, int? workstations) =>
        JsonSerializer.Serialize(new DrawPayloadRecord(commitment, seed, input, order, workstations), PayloadJson);

    public static string SeatPayload(Seat seat) => JsonSerializer.Serialize(seat, PayloadJson);

    public static string AbsentPayload(IReadOnlyList<long> absent) => JsonSerializer.Serialize(new AbsentRecord(absent), PayloadJson);

    public static string PartyPayload(DecryptionParty party) => JsonSerializer.Serialize(new PartyRecord(party), PayloadJson);

    private void ApplyDay(LedgerEvent e)
    {
        switch (e.Type)
        {
            case LedgerEventType.DrawCommitted:
                PendingCommitment = JsonSerializer.Deserialize<CommitmentRecord>(e.Payload!, PayloadJson)!.Commitment;
                break;
            case LedgerEventType.DrawPerformed:
                var draw = JsonSerializer.Deserialize<DrawPayloadRecord>(e.Payload!, PayloadJson)!;
                _draws.Add(new DrawRecord(_draws.Count + 1, draw.Commitment, draw.Seed, draw.Input, draw.Order, draw.Workstations,
                    e.RecordedAt, e.Actor, e.Reason));
                PendingCommitment = null;
                break;
            case LedgerEventType.SessionStarted:
                _startedSessions.Add((int)e.Value!.Value);
                break;
            case LedgerEventType.DecryptionConfirmed:
                var party = JsonSerializer.Deserialize<PartyRecord>(e.Payload!, PayloadJson)!.Party;
                _confirmations[party] = new DecryptionConfirmation(party, e.Actor, e.RecordedAt);
                break;
        }
        // Moves, check-ins and registration changes are in the contestants' rows, which the state starts from.
    }

    private sealed record CommitmentRecord(string Commitment);

    private sealed record DrawPayloadRecord(string Commitment, string Seed, IReadOnlyList<long> Input, IReadOnlyList<long> Order, int? Workstations);

    private sealed record AbsentRecord(IReadOnlyList<long> Absent);

    private sealed record PartyRecord(DecryptionParty Party);
}
