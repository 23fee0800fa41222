using Competition.Domain.Competitions;
using Competition.Domain.Judging;
using Competition.Domain.Panels;
using static Competition.UnitTests.TestScheme;

namespace Competition.UnitTests;

public sealed class JudgeRecordTests
{
    private static readonly JudgeInfo[] Judges = [new(1, "随州职院"), new(2, "特检所"), new(3, "焊接学会"), new(9, "市总工会", IsChief: true)];

    [Fact]
    public void A_judges_record_counts_their_assignment_their_drift_and_how_moderation_treated_their_marks()
    {
        var contestants = Contestants(2);
        var board = Board(2);
        var panels = new PanelPlan(Judges, contestants);
        foreach (var contestant in new long[] { 1, 2 })
        {
            board.Apply(Mark(1, contestant, Judgement, 1m));
            board.Apply(Mark(2, contestant, Judgement, 1m));
            board.Apply(Mark(3, contestant, Judgement, 3m));
        }
        board.Resolve(1, Judgement, 1m, NextSequence());
        board.RequestRescore(2, Judgement, NextSequence());
        board.Apply(Mark(1, 2, Judgement, 2m));
        var pending = new CorrectionProposal(NextSequence(), 3, 1, Graded, 4m, "typed 4 as 1", "赵建国", DateTimeOffset.UnixEpoch);

        var wayward = JudgeRecord.Of(3, Scheme, panels, board, contestants, [pending], driftTolerance: 0.15m);
        var agreeing = JudgeRecord.Of(1, Scheme, panels, board, contestants, [pending], driftTolerance: 0.15m);
        var chief = JudgeRecord.Of(9, Scheme, panels, board, contestants, [pending], driftTolerance: 0.15m);

        // Two contestants times three aspects are theirs; one aspect each is marked.
        Assert.Equal((6, 2, 2), (wayward.Assigned, wayward.Marked, wayward.Entries));
        Assert.Equal((1, 0, 1, 1), (wayward.Overruled, wayward.ResolvedAsMarked, wayward.RescoresOwed, wayward.CorrectionsPending));
        Assert.True(Assert.Single(wayward.Drift).Flagged);
        // Judge 1 agreed with the resolution and has re-scored already.
        Assert.Equal((0, 1, 0, 0), (agreeing.Overruled, agreeing.ResolvedAsMarked, agreeing.RescoresOwed, agreeing.CorrectionsPending));
        // The chief judge sits on no panel when none is named.
        Assert.Equal((0, 0, 0), (chief.Assigned, chief.Entries, chief.Drift.Count));
    }

    [Fact]
    public void A_judge_whose_panel_disagrees_is_counted_as_disputed_until_the_chief_judge_acts()
    {
        var contestants = Contestants(1);
        var board = Board(1);
        board.Apply(Mark(1, 1, Judgement, 0m));
        board.Apply(Mark(2, 1, Judgement, 3m));

        var record = JudgeRecord.Of(1, Scheme, new PanelPlan(Judges, contestants), board, contestants, [], driftTolerance: 0.15m);

        Assert.Equal((1, 0, 0), (record.Disputed, record.Overruled, record.ResolvedAsMarked));
    }
}
