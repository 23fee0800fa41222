using Competition.Domain.Judging;
using static Competition.UnitTests.TestScheme;

namespace Competition.UnitTests;

public sealed class DriftAnalysisTests
{
    [Fact]
    public void A_judge_who_keeps_marking_above_the_panel_is_flagged_and_the_others_are_not()
    {
        var board = Board(4);
        // Judges 1 and 2 agree; judge 3 gives every contestant one point more (a third of the 0–3 scale).
        foreach (var contestant in new long[] { 1, 2, 3, 4 })
        {
            board.Apply(Mark(1, contestant, Judgement, 1m));
            board.Apply(Mark(2, contestant, Judgement, 1m));
            board.Apply(Mark(3, contestant, Judgement, 2m));
        }

        var drift = DriftAnalysis.Analyse(Scheme, board, [1, 2, 3, 4], tolerance: 0.15m);

        var lenient = drift.Single(d => d.JudgeId == 3);
        Assert.Equal((4, 0.3333m, 0.3333m, true), (lenient.Compared, lenient.MeanDeviation, lenient.MeanAbsoluteDeviation, lenient.Flagged));
        var agreeing = drift.Single(d => d.JudgeId == 1);
        Assert.Equal((0m, 0m), (agreeing.MeanDeviation, agreeing.MeanAbsoluteDeviation));
        Assert.False(agreeing.Flagged);
    }

    [Fact]
    public void Graded_deviations_are_measured_against_the_aspect_maximum()
    {
        var board = Board(2);
        board.Apply(Mark(1, 1, Graded, 6m));
        board.Apply(Mark(2, 1, Graded, 3m));

        var drift = DriftAnalysis.Analyse(Scheme, board, [1, 2], tolerance: 0.15m);

        // Two judges 3 apart on a 6-mark scale: each is a quarter of the scale from their median.
        Assert.Equal(0.25m, drift.Single(d => d.JudgeId == 1).MeanDeviation);
        Assert.Equal(-0.25m, drift.Single(d => d.JudgeId == 2).MeanDeviation);
        Assert.All(drift, d => Assert.True(d.Flagged));
    }
}
