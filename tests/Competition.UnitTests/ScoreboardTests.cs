using Competition.Domain.Marking;
using Competition.Domain.Standings;

namespace Competition.UnitTests;

public sealed class ScoreboardTests
{
    // Module 1 (weight 1.0): measurement /10, judgement /9. Module 2 (weight 0.5): graded /6.
    private static readonly MarkingScheme Scheme = new([
        new SchemeModule(10, "实操", 1.0m, [
            new SchemeAspect(1, "焊缝尺寸", AspectKind.Measurement, 10m),
            new SchemeAspect(2, "外观质量", AspectKind.Judgement, 9m),
        ]),
        new SchemeModule(20, "安全文明", 0.5m, [new SchemeAspect(3, "现场整理", AspectKind.Graded, 6m)]),
    ]);

    private static Scoreboard NewBoard(int contestants = 4) =>
        new(Scheme, Enumerable.Range(1, contestants).Select(i => (long)i), id => id.ToString("000"));

    private static long _sequence;

    private static JudgeMark Mark(long judge, long contestant, long aspect, decimal value) =>
        new(judge, contestant, aspect, value, Interlocked.Increment(ref _sequence));

    [Fact]
    public void Totals_weight_each_module()
    {
        var board = NewBoard();
        board.Apply(Mark(1, 1, 1, 8m));
        board.Apply(Mark(1, 1, 3, 4m));

        var first = board.Rank()[0];

        Assert.Equal(1, first.ContestantId);
        Assert.Equal(8m + 0.5m * 4m, first.Total);
        Assert.Equal([8m, 4m], first.ModuleTotals);
        Assert.Equal(2, first.MarkCount);
    }

    [Fact]
    public void Judgement_scores_of_a_panel_are_averaged_per_aspect()
    {
        var board = NewBoard();
        board.Apply(Mark(1, 2, 2, 3m));
        board.Apply(Mark(2, 2, 2, 2m));
        board.Apply(Mark(3, 2, 2, 2m));

        Assert.Equal(7m, board.Rank().Single(s => s.ContestantId == 2).Total);
    }

    [Fact]
    public void A_later_entry_by_the_same_judge_replaces_the_earlier_and_an_older_one_changes_nothing()
    {
        var board = NewBoard();
        var early = Mark(1, 1, 1, 4m);
        var late = Mark(1, 1, 1, 9m);

        Assert.True(board.Apply(late));
        Assert.False(board.Apply(early));
        Assert.False(board.Apply(late));

        var standing = board.Rank().Single(s => s.ContestantId == 1);
        Assert.Equal(9m, standing.Total);
        Assert.Equal(1, standing.MarkCount);
    }

    [Fact]
    public void Ranking_shares_ranks_for_equal_totals_and_orders_ties_by_bib()
    {
        var board = NewBoard(5);
        board.Apply(Mark(1, 4, 1, 9m));
        board.Apply(Mark(1, 2, 1, 7m));
        board.Apply(Mark(1, 3, 1, 7m));
        board.Apply(Mark(1, 5, 1, 5m));

        var ranked = board.Rank().Select(s => (s.Rank, s.ContestantId)).ToArray();

        Assert.Equal([(1, 4L), (2, 2L), (2, 3L), (4, 5L), (5, 1L)], ranked);
    }

    [Fact]
    public void Totals_equal_to_the_hundredth_share_a_rank()
    {
        var board = NewBoard(2);
        // 1,1,0 on /9 → 2.0000 exactly; measurement 2 → 2.00: equal totals.
        board.Apply(Mark(1, 1, 2, 1m));
        board.Apply(Mark(2, 1, 2, 1m));
        board.Apply(Mark(3, 1, 2, 0m));
        board.Apply(Mark(1, 2, 1, 2m));

        Assert.All(board.Rank(), s => Assert.Equal(1, s.Rank));
    }

    [Fact]
    public void Applying_a_mark_for_someone_outside_the_scheme_is_a_programming_error()
    {
        var board = NewBoard();
        Assert.Throws<ArgumentException>(() => board.Apply(Mark(1, 99, 1, 1m)));
        Assert.Throws<ArgumentException>(() => board.Apply(Mark(1, 1, 99, 1m)));
    }

    [Fact]
    public void Aspect_marks_of_a_contestant_show_only_what_was_marked()
    {
        var board = NewBoard();
        board.Apply(Mark(1, 3, 3, 5.5m));

        Assert.Equal(new Dictionary<long, decimal> { [3] = 5.5m }, board.AspectMarksOf(3));
        Assert.Empty(board.AspectMarksOf(1));
    }
}
