using Competition.Domain.CompetitionDay;
using Competition.Domain.Competitions;
using Competition.Domain.Ledger;
using Competition.Domain.Panels;
using Competition.Domain.Rules;
using static Competition.UnitTests.TestScheme;

namespace Competition.UnitTests;

public sealed class CompetitionDayTests
{
    private static readonly byte[] Seed = Enumerable.Range(0, Lots.SeedBytes).Select(i => (byte)i).ToArray();

    [Fact]
    public void The_shuffle_is_a_permutation_fixed_by_the_seed()
    {
        var input = Enumerable.Range(1, 50).Select(i => (long)i * 3).ToList();
        var order = Lots.Shuffle(Seed, input);
        Assert.Equal(input, order.Order());
        Assert.Equal(order, Lots.Shuffle(Seed, input));
        Assert.NotEqual(input, order);
        Assert.NotEqual(order, Lots.Shuffle(Seed.Reverse().ToArray(), input));
        Assert.Empty(Lots.Shuffle(Seed, []));
        Assert.Equal([7L], Lots.Shuffle(Seed, [7L]));
        Assert.Throws<ArgumentException>(() => Lots.Shuffle(new byte[16], input));
    }

    [Fact]
    public void The_commitment_is_the_lower_case_hex_of_sha256_of_the_seed_bytes()
    {
        // SHA-256 of the 32 bytes 00 01 … 1f.
        Assert.Equal("630dcd2966c4336691125448bbb25b4ff412a49c732db2c8abc1b8581bd710dd", Lots.Commitment(Seed));
    }

    [Theory]
    [InlineData(0, 12, 1, 1)]
    [InlineData(11, 12, 1, 12)]
    [InlineData(12, 12, 2, 1)]
    [InlineData(25, 12, 3, 2)]
    public void Position_p_sits_in_session_p_div_w_plus_one_at_workstation_p_mod_w_plus_one(int position, int workstations, int session, int workstation) =>
        Assert.Equal(new Seat(session, workstation), Lots.SeatOf(position, workstations));

    [Theory]
    [InlineData(1, 9, "01")]
    [InlineData(7, 12, "07")]
    [InlineData(12, 12, "12")]
    [InlineData(5, 150, "005")]
    public void A_number_is_padded_to_the_width_of_the_largest_drawn(int number, int drawn, string shown) =>
        Assert.Equal(shown, Lots.NumberText(number, drawn));

    [Fact]
    public void Sessions_run_one_after_another_on_a_stated_number_of_workstations()
    {
        var start = new DateTimeOffset(2027, 4, 20, 8, 30, 0, TimeSpan.FromHours(8));
        Assert.Null(new CompetitionSchedule(12, [new(start, 180), new(start.AddHours(4), 180)]).Check());
        Assert.Equal("sessions.invalid", new CompetitionSchedule(12, [new(start, 180), new(start.AddHours(2), 180)]).Check()!.Code);
        Assert.Equal("sessions.invalid", new CompetitionSchedule(null, [new(start, 180)]).Check()!.Code);
        Assert.Equal("sessions.invalid", new CompetitionSchedule(0, []).Check()!.Code);
        Assert.Equal("sessions.invalid", new CompetitionSchedule(4, [new(start, 0)]).Check()!.Code);
        Assert.Null(new CompetitionSchedule(8, []).Check());
        Assert.Equal("sessions.invalid", new CompetitionSchedule(4, [new(DateTimeOffset.MaxValue, 60)]).Check()!.Code);
        Assert.Equal(24, new CompetitionSchedule(12, [new(start, 180), new(start.AddHours(4), 180)]).Capacity);
    }

    private static readonly DateTimeOffset Morning = new(2027, 4, 20, 8, 30, 0, TimeSpan.FromHours(8));
    private long _sequence;

    private void Record(CompetitionState state, LedgerEventType type, string? payload = null, string actor = "test") =>
        state.Apply(new LedgerEvent(++_sequence, type, DateTimeOffset.UnixEpoch, actor, null, null, null, null, null, null, null, payload));

    /// <summary>Two contestants drawn into session 1 (workstations 1 and 2) of two sessions; contestant 2 is absent.</summary>
    private CompetitionState Seated(bool blind = false)
    {
        var contestants = new List<ContestantInfo>
        {
            new(1, "001", "程力专汽", DrawnNumber: 1, Seat: new Seat(1, 1), CheckedIn: true),
            new(2, "002", "齐星车身", OutOfRanking: true, Withdrawn: true, DrawnNumber: 2, Seat: new Seat(1, 2), NoShow: true),
            new(3, "003", "齐星车身", DrawnNumber: 3, Seat: new Seat(2, 1)),
        };
        var schedule = new CompetitionSchedule(2, [new(Morning, 120), new(Morning.AddHours(3), 120)]);
        var state = new CompetitionState(1, Scheme, CompetitionRules.Default with { Blind = blind },
            new PanelPlan([new(1, "市总工会"), new(9, "市总工会", IsChief: true)], contestants), contestants, schedule);
        Record(state, LedgerEventType.DrawCommitted, CompetitionState.CommitmentPayload("c"));
        Record(state, LedgerEventType.DrawPerformed, CompetitionState.DrawPayload("c", "s", [1, 2, 3], [1, 2, 3], 2));
        return state;
    }

    [Fact]
    public void A_no_show_is_moved_only_to_a_free_seat_of_a_session_not_started_and_checks_in_there()
    {
        var state = Seated();
        var during = Morning.AddMinutes(30);
        Assert.Equal("session.started", state.CheckMove(2, new Seat(1, 2), during)?.Code);
        Assert.Equal("seat.taken", state.CheckMove(2, new Seat(2, 1), during)?.Code);
        Assert.Equal("seat.invalid", state.CheckMove(2, new Seat(2, 3), during)?.Code);
        Assert.Null(state.CheckMove(2, new Seat(2, 2), during));
        Assert.Equal("contestant.no-show", state.CheckCheckIn(2, during)?.Code);
        Assert.Equal("contestant.checked-in", state.CheckCheckIn(1, Morning.AddHours(-1))?.Code);
        Assert.Null(state.CheckCheckIn(3, during));
        Assert.Equal("session.started", state.CheckCheckIn(3, Morning.AddHours(3))?.Code);
        Assert.Equal("draw.too-late", state.CheckDraw("again", during)?.Code);
        Assert.Equal("reason-required", state.CheckDraw(null, Morning.AddHours(-1))?.Code);
    }

    [Fact]
    public void A_started_session_is_recorded_once_with_its_absentees()
    {
        var contestants = new List<ContestantInfo> { new(1, "001", "a", DrawnNumber: 1, Seat: new Seat(1, 1)), new(2, "002", "b", DrawnNumber: 2, Seat: new Seat(1, 2), CheckedIn: true) };
        var state = new CompetitionState(1, Scheme, CompetitionRules.Default, new PanelPlan([new(1, "x")], contestants), contestants,
            new CompetitionSchedule(2, [new(Morning, 60)]));
        Assert.Empty(state.SessionsToStart(Morning.AddSeconds(-1)));
        var due = Assert.Single(state.SessionsToStart(Morning));
        Assert.Equal(1, due.Session);
        Assert.Equal([1L], due.Absent);
        state.Apply(new LedgerEvent(1, LedgerEventType.SessionStarted, Morning, "platform", null, null, null, null, null, 1, null, CompetitionState.AbsentPayload([1])));
        Assert.Empty(state.SessionsToStart(Morning.AddHours(1)));
    }

    [Fact]
    public void Decryption_needs_locked_results_an_organizer_and_the_chief_judge_each_once()
    {
        var state = Seated(blind: true);
        Assert.True(state.HidingIdentities);
        Assert.Equal("results.not-locked", state.CheckDecrypt(DecryptionParty.Organizer)?.Code);
        Record(state, LedgerEventType.Started);
        Record(state, LedgerEventType.ResultsLocked);
        Assert.Null(state.CheckDecrypt(DecryptionParty.ChiefJudge));
        Record(state, LedgerEventType.DecryptionConfirmed, CompetitionState.PartyPayload(DecryptionParty.ChiefJudge), "judge:9");
        Assert.Equal("decryption.confirmed", state.CheckDecrypt(DecryptionParty.ChiefJudge)?.Code);
        Assert.True(state.HidingIdentities);
        Record(state, LedgerEventType.DecryptionConfirmed, CompetitionState.PartyPayload(DecryptionParty.Organizer), "account:1");
        Assert.False(state.HidingIdentities);
        Assert.Equal("decryption.done", state.CheckDecrypt(DecryptionParty.Organizer)?.Code);
        Assert.Equal("decryption.not-blind", Seated().CheckDecrypt(DecryptionParty.Organizer)?.Code);
    }

    [Fact]
    public void Blind_a_conflict_of_interest_is_refused_like_any_contestant_not_the_judges()
    {
        var contestants = new List<ContestantInfo> { new(1, "001", "市总工会", DrawnNumber: 1), new(2, "002", "程力专汽", DrawnNumber: 2) };
        foreach (var (blind, code) in new[] { (true, "judge.not-assigned"), (false, "judge.conflict-of-interest") })
        {
            var state = new CompetitionState(1, Scheme, CompetitionRules.Default with { Blind = blind },
                new PanelPlan([new(1, "市总工会"), new(2, "x")], contestants), contestants);
            Record(state, LedgerEventType.DrawPerformed, CompetitionState.DrawPayload("c", "s", [1, 2], [1, 2], null));
            Record(state, LedgerEventType.Started);
            Assert.Equal(code, state.CheckMark(1, 1, Measurement, 10m, null, false)?.Code);
        }
    }
}
