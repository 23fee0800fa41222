using Competition.Data;
using Competition.Domain;
using Competition.Domain.CompetitionDay;
using Competition.Domain.Competitions;
using Competition.Domain.Ledger;
using Competition.Grains.Contracts;

namespace Competition.Grains.Competitions;

/// <summary>
/// The competition day of one competition: its sessions, the committed draw, moves, check-in and the
/// no-shows a session's start leaves. Every step is ledgered, in draft too, so anyone can check the draw.
/// </summary>
internal sealed class CompetitionDayRunner(long competitionId, CompetitionRecorder recorder, TimeProvider time)
{
    /// <summary>How often a live grain looks for sessions that have begun.</summary>
    public static readonly TimeSpan SessionCheckInterval = TimeSpan.FromSeconds(10);

    // Another call did it meanwhile: nothing left to record.
    private static readonly DomainError AlreadyCommitted = new(ErrorKind.Conflict, "draw.committed", "The seed is committed already.");
    private static readonly DomainError AlreadyStarted = new(ErrorKind.Conflict, "session.started", "The sessions are recorded already.");

    public Task<Outcome<RosterChange>> ConfigureSessionsAsync(CompetitionSchedule schedule) =>
        recorder.RecordChangeAsync(s => s.CheckSchedule(schedule), async db =>
        {
            await CompetitionDayRows.SaveScheduleAsync(db, competitionId, schedule);
            return ([], []);
        });

    /// <summary>The draw as published; the first call makes the secret seed and publishes its commitment.</summary>
    public async Task<DrawView?> GetDrawAsync()
    {
        if (recorder.State is null)
        {
            return null;
        }
        await CommitSeedAsync();
        var state = recorder.State;
        if (state.Draws.Count == 0)
        {
            return state.PendingCommitment is { } pending ? new DrawView(pending) : null;
        }
        var last = state.Draws[^1];
        return new DrawView(last.Commitment, last.Seed, last.Input, last.Order, last.DrawnAt, last.Round, last.Reason, last.Workstations,
            state.PendingCommitment, state.Draws.Take(state.Draws.Count - 1).ToList());
    }

    public async Task<Outcome<RosterChange>> DrawAsync(string? reason, string actor)
    {
        // Checked before the seed too: a refused draw leaves nothing behind, not even a first commitment.
        if (recorder.State?.CheckDraw(reason, time.GetUtcNow()) is { } refused)
        {
            return refused;
        }
        await CommitSeedAsync();
        return await recorder.RecordChangeAsync(s => s.CheckDraw(reason, time.GetUtcNow()), async db =>
        {
            var state = recorder.State!;
            var seed = await CompetitionDayRows.SeedAsync(db, competitionId);
            var input = state.DrawInput();
            var order = Lots.Shuffle(seed, input);
            await CompetitionDayRows.SeatDrawnAsync(db, competitionId, order, state.Schedule.Workstations);
            // The next seed is committed to at once, so a re-draw too is one whose seed was published beforehand.
            var next = Lots.NewSeed();
            await CompetitionDayRows.SaveSeedAsync(db, competitionId, next);
            return ([
                recorder.Draft(LedgerEventType.DrawPerformed, actor) with
                {
                    Reason = Reasons.Kept(reason),
                    Payload = CompetitionState.DrawPayload(Lots.Commitment(seed), Convert.ToHexStringLower(seed), input, order, state.Schedule.Workstations),
                },
                recorder.Draft(LedgerEventType.DrawCommitted, actor) with { Payload = CompetitionState.CommitmentPayload(Lots.Commitment(next)) },
            ], []);
        }, ledgeredInDraft: true);
    }

    /// <summary>The first seed, made and committed to (ledgered) before anyone can draw with it.</summary>
    private async Task CommitSeedAsync()
    {
        if (recorder.State is not { PendingCommitment: null, Draws.Count: 0 } state || state.CheckOpenForChanges() is not null || state.ResultsLocked)
        {
            return;
        }
        await recorder.RecordChangeAsync(s => s.PendingCommitment is null ? null : AlreadyCommitted, async db =>
        {
            var seed = Lots.NewSeed();
            await CompetitionDayRows.SaveSeedAsync(db, competitionId, seed);
            return ([recorder.Draft(LedgerEventType.DrawCommitted, Actors.Platform) with { Payload = CompetitionState.CommitmentPayload(Lots.Commitment(seed)) }], []);
        }, ledgeredInDraft: true);
    }

    public Task<Outcome<RosterChange>> MoveContestantAsync(long contestantId, Seat seat, string reason, string actor) =>
        recorder.RecordChangeAsync(s => s.CheckMove(contestantId, seat, time.GetUtcNow()) ?? Reasons.Require(reason), async db =>
        {
            await CompetitionDayRows.MoveAsync(db, contestantId, seat);
            return ([recorder.Draft(LedgerEventType.ContestantMoved, actor) with
            {
                ContestantId = contestantId, Reason = reason.Trim(), Payload = CompetitionState.SeatPayload(seat),
            }], [contestantId]);
        }, ledgeredInDraft: true);

    public Task<Outcome<RosterChange>> CheckInAsync(long contestantId, string actor) =>
        recorder.RecordChangeAsync(s => s.CheckCheckIn(contestantId, time.GetUtcNow()), async db =>
        {
            var checkedIn = recorder.Draft(LedgerEventType.ContestantCheckedIn, actor) with { ContestantId = contestantId };
            await CompetitionDayRows.CheckInAsync(db, contestantId, checkedIn.RecordedAt, actor);
            return ([checkedIn], [contestantId]);
        }, ledgeredInDraft: true);

    /// <summary>Records each session that has started: its absentees become no-shows, out of the ranking
    /// unless moved to a later session. Run by a timer and before check-in lists are read.</summary>
    public async Task StartDueSessionsAsync()
    {
        if (recorder.Unusable() is not null || recorder.State!.SessionsToStart(time.GetUtcNow()).Count == 0)
        {
            return;
        }
        await recorder.RecordChangeAsync(s => s.SessionsToStart(time.GetUtcNow()).Count == 0 ? AlreadyStarted : null, async db =>
        {
            var due = recorder.State!.SessionsToStart(time.GetUtcNow());
            var absent = due.SelectMany(d => d.Absent).ToList();
            await CompetitionDayRows.MarkAbsentAsync(db, absent);
            return (due.Select(d => recorder.Draft(LedgerEventType.SessionStarted, Actors.Platform) with
            {
                Value = d.Session, Payload = CompetitionState.AbsentPayload(d.Absent),
            }).ToList(), absent);
        }, ledgeredInDraft: true);
    }
}
