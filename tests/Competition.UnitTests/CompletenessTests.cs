using Competition.Domain.Judging;
using Competition.Domain.Panels;
using static Competition.UnitTests.TestScheme;

namespace Competition.UnitTests;

public sealed class CompletenessTests
{
    [Fact]
    public void Every_panel_judge_owes_judgement_and_graded_marks_and_one_judge_is_enough_for_a_measurement()
    {
        var contestants = Contestants(1);
        var plan = new PanelPlan([new JudgeInfo(1, "A"), new JudgeInfo(2, "B"), new JudgeInfo(3, "C")], contestants);
        var board = Board(1);
        board.Apply(Mark(2, 1, Measurement, 10m));
        board.Apply(Mark(1, 1, Judgement, 2m));
        board.Apply(Mark(3, 1, Judgement, 2m));

        var missing = Completeness.Missing(Scheme, plan, board, contestants);

        Assert.Equal(2, missing.Count);
        Assert.Equal([2L], missing.Single(m => m.AspectId == Judgement).JudgeIds);
        Assert.Equal([1L, 2L, 3L], missing.Single(m => m.AspectId == Graded).JudgeIds);
        Assert.DoesNotContain(missing, m => m.AspectId == Measurement);
    }

    [Fact]
    public void An_aspect_no_judge_may_mark_is_reported_with_nobody_owing_it()
    {
        var contestants = Contestants(1);   // employer 程力专汽
        var plan = new PanelPlan([new JudgeInfo(1, "程力专汽")], contestants);

        var missing = Completeness.Missing(Scheme, plan, Board(1), contestants);

        Assert.Equal(3, missing.Count);
        Assert.All(missing, m => Assert.Empty(m.JudgeIds));
    }
}
