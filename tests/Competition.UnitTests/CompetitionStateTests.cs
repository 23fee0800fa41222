using Competition.Domain;
using Competition.Domain.Competitions;
using Competition.Domain.Ledger;
using Competition.Domain.Panels;
using Competition.Domain.Rules;
using static Competition.UnitTests.TestScheme;

namespace Competition.UnitTests;

public sealed class CompetitionStateTests
{
    private const long Chief = 9;
    private long _sequence;

    private static readonly JudgeInfo[] Judges =
        [new(1, "随州职业技术学院"), new(2, "市特种设备检验所"), new(3, "湖北省焊接学会"), new(4, "齐星车身"), new(Chief, "市总工会", IsChief: true)];

    private CompetitionState Live(CompetitionRules? rules = null)
    {
        var contestants = Contestants(2);
        var state = new CompetitionState(1, Scheme, rules ?? CompetitionRules.Default, new PanelPlan(Judges, contestants), contestants);
        Record(state, LedgerEventType.Started);
        return state;
    }

    private void Record(CompetitionState state, LedgerEventType type, long? judge = null, long? contestant = null, long? aspect = null,
        decimal? value = null, string? reason = null, long? module = null, string? payload = null) =>
        state.Apply(new LedgerEvent(++_sequence, type, DateTimeOffset.UnixEpoch, "test", null, judge, contestant, aspect, module, value, reason, payload));

    private void MarkAll(CompetitionState state, long contestant, long aspect, decimal value)
    {
        foreach (var judge in state.Panels.EffectivePanel(contestant, aspect))
        {
            Record(state, LedgerEventType.Mark, judge, contestant, aspect, value);
        }
    }

    [Fact]
    public void Marks_are_accepted_only_once_the_competition_is_live()
    {
        var contestants = Contestants(2);
        var draft = new CompetitionState(1, Scheme, CompetitionRules.Default, new PanelPlan(Judges, contestants), contestants);
        Assert.Equal("competition.not-live", draft.CheckMark(1, 1, Measurement, 10m, null, false)?.Code);
        Assert.Null(Live().CheckMark(1, 1, Measurement, 10m, null, false));
        Assert.Equal("competition.already-live", Live().CheckStart()?.Code);
    }

    [Fact]
    public void Rules_and_panels_change_in_draft_only_and_a_live_change_of_who_takes_part_says_why()
    {
        var contestants = Contestants(2);
        var draft = new CompetitionState(1, Scheme, CompetitionRules.Default, new PanelPlan(Judges, contestants), contestants);
        Assert.Null(draft.CheckConfigurationChange());
        Assert.Null(Reasons.RequireOnceLive(draft, null));
        Assert.Equal("competition.not-draft", Live().CheckConfigurationChange()?.Code);
        Assert.Equal("reason-required", Reasons.RequireOnceLive(Live(), "  ")?.Code);
        Assert.Null(Reasons.RequireOnceLive(Live(), "补报"));
        Assert.Equal(("补报", (string?)null), (Reasons.Kept(" 补报 "), Reasons.Kept(" ")));
        Assert.Equal("panels.invalid", draft.CheckPanelNames([999], [], [])?.Code);
    }

    [Fact]
    public void A_competition_goes_from_draft_to_live_to_locked_to_published_to_archived_and_then_takes_nothing()
    {
        var contestants = Contestants(2);
        var state = new CompetitionState(1, Scheme, CompetitionRules.Default, new PanelPlan(Judges, contestants), contestants);
        Assert.Equal(CompetitionStatus.Draft, state.Status);
        Assert.Equal("competition.not-published", state.CheckArchive()?.Code);
        Record(state, LedgerEventType.Started);
        Assert.Equal(CompetitionStatus.Live, state.Status);
        Record(state, LedgerEventType.BoardFrozen);
        Record(state, LedgerEventType.ResultsLocked, reason: "缺评分");
        Assert.Equal(CompetitionStatus.ResultsLocked, state.Status);
        Assert.Equal("competition.not-published", state.CheckArchive()?.Code);
        Record(state, LedgerEventType.BoardThawed);
        Assert.Equal(CompetitionStatus.Published, state.Status);
        Assert.Null(state.CheckArchive());
        Assert.Null(state.CheckProfileChange(renames: false));
        Assert.Equal("competition.not-draft", state.CheckProfileChange(renames: true)?.Code);
        Record(state, LedgerEventType.Archived);
        Assert.Equal(CompetitionStatus.Archived, state.Status);
        Assert.Equal("competition.archived", state.CheckOpenForChanges()?.Code);
        Assert.Equal("competition.archived", state.CheckProfileChange(renames: false)?.Code);
    }

    [Fact]
    public void A_competition_starts_only_with_contestants_and_judges_who_mark()
    {
        var none = new CompetitionState(1, Scheme, CompetitionRules.Default, new PanelPlan(Judges, []), []);
        Assert.Equal("competition.no-contestants", none.CheckStart()?.Code);
        var contestants = Contestants(2);
        var chiefOnly = new CompetitionState(1, Scheme, CompetitionRules.Default, new PanelPlan([Judges[^1]], contestants), contestants);
        Assert.Equal("competition.no-judges", chiefOnly.CheckStart()?.Code);
    }

    [Fact]
    public void Conflict_of_interest_is_refused_with_its_reason()
    {
        var error = Live().CheckMark(4, 2, Measurement, 10m, null, false);
        Assert.Equal((ErrorKind.Forbidden, "judge.conflict-of-interest"), (error!.Kind, error.Code));
    }

    [Fact]
    public void Amending_needs_a_reason_except_when_the_chief_judge_asked_for_a_rescore()
    {
        var state = Live();
        Record(state, LedgerEventType.Mark, 1, 1, Judgement, 3m);
        Record(state, LedgerEventType.Mark, 2, 1, Judgement, 1m);

        Assert.Equal("mark.reason-required", state.CheckMark(1, 1, Judgement, 2m, null, amending: true)?.Code);
        Assert.Null(state.CheckMark(1, 1, Judgement, 2m, "misread the level description", amending: true));

        Record(state, LedgerEventType.RescoreRequested, contestant: 1, aspect: Judgement, reason: "3 against 1");
        Assert.Null(state.CheckMark(1, 1, Judgement, 2m, null, amending: true));
    }

    [Fact]
    public void A_locked_module_refuses_marks_and_a_correction_needs_the_lock_a_reason_and_an_approval()
    {
        var state = Live();
        Record(state, LedgerEventType.Mark, 1, 1, Measurement, 10m);
        Assert.Equal("correction.not-locked", state.CheckCorrection(1, 1, Measurement, 9m, "rechecked the gauge")?.Code);

        Record(state, LedgerEventType.ModuleLocked, module: Practical);

        Assert.Equal("module.locked", state.CheckMark(1, 1, Measurement, 9m, "rechecked", amending: true)?.Code);
        Assert.Null(state.CheckMark(1, 1, Graded, 5m, null, false));
        Assert.Equal("correction.reason-required", state.CheckCorrection(1, 1, Measurement, 9m, " ")?.Code);
        Assert.Null(state.CheckCorrection(1, 1, Measurement, 9m, "rechecked the gauge"));

        Record(state, LedgerEventType.CorrectionProposed, 1, 1, Measurement, 9m, "rechecked the gauge");
        var proposal = Assert.Single(state.PendingCorrections);
        Assert.Equal(10m, state.Scoreboard.StandingOf(1).Total);
        // Whoever proposed it is not the second person.
        Assert.Equal("correction.same-person", state.CheckApproveCorrection(proposal.Sequence, proposal.ProposedBy, null)?.Code);
        // Nor is the account that was shown the proposer's PIN.
        Assert.Equal("correction.pin-holder", state.CheckApproveCorrection(proposal.Sequence, "account:1", "account:1")?.Code);
        Assert.Null(state.CheckApproveCorrection(proposal.Sequence, "account:2", "account:1"));
        Assert.Null(state.CheckApproveCorrection(proposal.Sequence, "account:1", null));

        Record(state, LedgerEventType.CorrectionApproved, 1, 1, Measurement, 9m, "rechecked the gauge", payload: CompetitionState.ApprovalPayload(proposal.Sequence));
        Assert.Equal(9m, state.Scoreboard.StandingOf(1).Total);
        Assert.Empty(state.PendingCorrections);
        Assert.Equal("correction.not-found", state.CheckApproveCorrection(proposal.Sequence, "account:1", null)?.Code);
    }

    [Fact]
    public void Results_lock_waits_for_moderation_and_needs_a_reason_while_marks_are_missing()
    {
        var state = Live();
        Record(state, LedgerEventType.Mark, 1, 1, Judgement, 3m);
        Record(state, LedgerEventType.Mark, 2, 1, Judgement, 1m);

        Assert.Equal("moderation.pending", state.CheckLockResults("whatever")?.Code);
        Record(state, LedgerEventType.Resolution, contestant: 1, aspect: Judgement, value: 2m, reason: "panel agreed on 2");

        Assert.Equal("results.incomplete", state.CheckLockResults(null)?.Code);
        Assert.Null(state.CheckLockResults("contestant 2 withdrew after module 1"));

        Record(state, LedgerEventType.ResultsLocked, reason: "contestant 2 withdrew after module 1");
        Assert.Equal("results.locked", state.CheckMark(1, 2, Graded, 5m, null, false)?.Code);
        Assert.Equal("results.locked", state.CheckLockResults("again")?.Code);
        Assert.Equal(Scheme.Modules.Select(m => m.Id).ToHashSet(), state.LockedModules);
    }

    [Fact]
    public void A_complete_competition_locks_without_a_reason()
    {
        var state = Live();
        foreach (var contestant in new long[] { 1, 2 })
        {
            MarkAll(state, contestant, Judgement, 2m);
            MarkAll(state, contestant, Graded, 4m);
            Record(state, LedgerEventType.Mark, 1, contestant, Measurement, 8m);
        }
        Assert.Null(state.CheckLockResults(null));
    }

    [Fact]
    public void Theory_imports_need_a_theory_component_and_valid_rows()
    {
        Assert.Equal("theory.not-configured", Live().CheckTheory([new(1, 80m)])?.Code);
        var state = Live(CompetitionRules.Default with { Theory = new TheoryComponent(0.3m) });

        Assert.Equal("import.out-of-range", state.CheckTheory([new(1, 101m)])?.Code);
        Assert.Equal("import.duplicate", state.CheckTheory([new(1, 80m), new(1, 70m)])?.Code);
        Assert.Equal("contestant.not-found", state.CheckTheory([new(7, 80m)])?.Code);
        Assert.Null(state.CheckTheory([new(1, 80m), new(2, 60m)]));

        Record(state, LedgerEventType.TheoryImported, payload: CompetitionState.FiguresPayload([new(1, 80m), new(2, 60m)]));
        Assert.Equal(24m, state.Scoreboard.StandingOf(1).Total);
        Assert.Equal(2, state.Version);
    }
}
