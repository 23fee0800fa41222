using Competition.Domain.Moderation;
using Competition.Domain.Rules;
using static Competition.UnitTests.TestScheme;

namespace Competition.UnitTests;

public sealed class ScoreboardTests
{
    [Fact]
    public void Totals_weight_each_module()
    {
        var board = Board();
        board.Apply(Mark(1, 1, Measurement, 8m));
        board.Apply(Mark(1, 1, Graded, 4m));

        var first = board.Rank()[0];

        Assert.Equal(1, first.ContestantId);
        Assert.Equal(8m + 0.5m * 4m, first.Total);
        Assert.Equal([8m, 4m], first.ModuleTotals);
        Assert.Equal(2, first.MarkCount);
    }

    [Fact]
    public void Judgement_scores_of_a_panel_are_averaged_per_aspect()
    {
        var board = Board();
        board.Apply(Mark(1, 2, Judgement, 3m));
        board.Apply(Mark(2, 2, Judgement, 2m));
        board.Apply(Mark(3, 2, Judgement, 2m));

        Assert.Equal(7m, board.StandingOf(2).Total);
        Assert.Equal(ModerationState.None, board.StateOf(2, Judgement));
    }

    [Fact]
    public void A_later_entry_by_the_same_judge_replaces_the_earlier_and_an_older_one_changes_nothing()
    {
        var board = Board();
        var early = Mark(1, 1, Measurement, 8m);
        var late = Mark(1, 1, Measurement, 9m);

        Assert.True(board.Apply(late));
        Assert.False(board.Apply(early));
        Assert.False(board.Apply(late));

        var standing = board.StandingOf(1);
        Assert.Equal(9m, standing.Total);
        Assert.Equal(1, standing.MarkCount);
    }

    [Fact]
    public void Without_a_tie_break_chain_equal_totals_share_a_rank_and_the_next_rank_skips()
    {
        var board = Board(5, CompetitionRules.Default with { TieBreaks = [] });
        board.Apply(Mark(1, 4, Measurement, 10m));
        board.Apply(Mark(1, 2, Measurement, 8m));
        board.Apply(Mark(1, 3, Measurement, 8m));
        board.Apply(Mark(1, 5, Measurement, 0m));
        board.Apply(Mark(1, 1, Measurement, 0m));

        var ranked = board.Rank().Select(s => (s.Rank, s.ContestantId)).ToArray();

        // Ties are listed by bib; 1 and 5 have nothing and share the last rank.
        Assert.Equal([(1, 4L), (2, 2L), (2, 3L), (4, 1L), (4, 5L)], ranked);
    }

    [Fact]
    public void A_three_way_tie_is_broken_by_the_chain_practical_then_judgement_then_time()
    {
        // All three total 9: contestant 1 by theory, 2 and 3 by practical work.
        var rules = CompetitionRules.Default with { Theory = new TheoryComponent(0.1m) };
        var board = Board(3, rules);
        board.SetTheory(1, 90m);                       // 9 from theory, 0 practical
        board.Apply(Mark(1, 2, Measurement, 8m));      // 8 measured…
        board.Apply(Mark(1, 2, Graded, 2m));           // …+ 1 graded (×0.5)
        board.Apply(Mark(1, 3, Judgement, 1m));        // 3 judged…
        board.Apply(Mark(2, 3, Judgement, 1m));
        board.Apply(Mark(3, 3, Judgement, 1m));
        board.Apply(Mark(1, 3, Graded, 6m));           // …+ 3 graded…
        board.Apply(Mark(1, 3, Measurement, 0m));      // …and nothing measured
        board.SetTheory(3, 30m);                       // 3 from theory → 9 in all, 6 practical

        var ranked = board.Rank();

        Assert.All(ranked, s => Assert.Equal(9m, s.Total));
        // Practical: 2 has 9, 3 has 6, 1 has 0.
        Assert.Equal([(1, 2L), (2, 3L), (3, 1L)], ranked.Select(s => (s.Rank!.Value, s.ContestantId)));
    }

    [Fact]
    public void Judgement_total_and_completion_time_break_what_the_practical_total_cannot()
    {
        var board = Board(3);
        // Contestants 1 and 2: 9 practical each, 1 all by judgement; contestant 3: 9 by measurement.
        foreach (var judge in new long[] { 1, 2, 3 })
        {
            board.Apply(Mark(judge, 1, Judgement, 3m));
            board.Apply(Mark(judge, 2, Judgement, 3m));
        }
        board.Apply(Mark(1, 3, Measurement, 9m));
        board.SetCompletionTime(2, 55m);
        board.SetCompletionTime(1, 61m);

        var ranked = board.Rank().Select(s => (s.Rank, s.ContestantId)).ToArray();

        // 1 and 2 beat 3 on judgement total; the faster of them (2) wins.
        Assert.Equal([(1, 2L), (2, 1L), (3, 3L)], ranked);
    }

    [Fact]
    public void A_tie_the_chain_cannot_break_shares_a_rank()
    {
        var board = Board(3);
        board.Apply(Mark(1, 1, Measurement, 9m));
        board.Apply(Mark(1, 2, Measurement, 9m));
        board.Apply(Mark(1, 3, Measurement, 10m));

        Assert.Equal([(1, 3L), (2, 1L), (2, 2L)], board.Rank().Select(s => (s.Rank!.Value, s.ContestantId)));
    }

    [Fact]
    public void Out_of_ranking_contestants_are_listed_by_score_but_take_no_rank()
    {
        var board = Board(3, null, 2);
        board.Apply(Mark(1, 2, Measurement, 10m));
        board.Apply(Mark(1, 1, Measurement, 9m));
        board.Apply(Mark(1, 3, Measurement, 8m));

        var ranked = board.Rank();

        Assert.Equal([2L, 1L, 3L], ranked.Select(s => s.ContestantId));
        Assert.Equal([null, 1, 2], ranked.Select(s => s.Rank));
        Assert.True(ranked[0].OutOfRanking);
    }

    [Fact]
    public void Scores_more_than_one_apart_put_the_aspect_into_moderation_and_it_does_not_count()
    {
        var board = Board();
        board.Apply(Mark(1, 1, Judgement, 3m));
        board.Apply(Mark(2, 1, Judgement, 1m));
        board.Apply(Mark(3, 1, Judgement, 2m));

        Assert.Equal(ModerationState.Disputed, board.StateOf(1, Judgement));
        Assert.Equal(0m, board.StandingOf(1).Total);
        var item = Assert.Single(board.ModerationQueue());
        Assert.Equal((1L, Judgement, 2m), (item.ContestantId, item.AspectId, item.Spread));
        Assert.Equal(new Dictionary<long, decimal> { [1] = 3m, [2] = 1m, [3] = 2m }, item.Scores);
    }

    [Fact]
    public void The_threshold_is_configurable()
    {
        var board = Board(2, CompetitionRules.Default with { DisagreementThreshold = 2m });
        board.Apply(Mark(1, 1, Judgement, 3m));
        board.Apply(Mark(2, 1, Judgement, 1m));

        Assert.Equal(ModerationState.None, board.StateOf(1, Judgement));
        Assert.Equal(6m, board.StandingOf(1).Total);
    }

    [Fact]
    public void A_rescore_waits_for_every_judge_then_counts_when_the_panel_agrees()
    {
        var board = Board();
        board.Apply(Mark(1, 1, Judgement, 3m));
        board.Apply(Mark(2, 1, Judgement, 1m));
        board.RequestRescore(1, Judgement, NextSequence());

        board.Apply(Mark(1, 1, Judgement, 2m));
        Assert.Equal(ModerationState.Rescoring, board.StateOf(1, Judgement));
        Assert.Equal([2L], board.ModerationQueue().Single().AwaitingJudges);
        Assert.Equal(0m, board.StandingOf(1).Total);

        board.Apply(Mark(2, 1, Judgement, 2m));
        Assert.Equal(ModerationState.None, board.StateOf(1, Judgement));
        Assert.Equal(6m, board.StandingOf(1).Total);
        Assert.Empty(board.ModerationQueue());
    }

    [Fact]
    public void A_rescore_that_still_disagrees_is_disputed_again()
    {
        var board = Board();
        board.Apply(Mark(1, 1, Judgement, 3m));
        board.Apply(Mark(2, 1, Judgement, 1m));
        board.RequestRescore(1, Judgement, NextSequence());
        board.Apply(Mark(1, 1, Judgement, 3m));
        board.Apply(Mark(2, 1, Judgement, 0m));

        Assert.Equal(ModerationState.Disputed, board.StateOf(1, Judgement));
    }

    [Fact]
    public void A_resolution_counts_the_agreed_score_or_the_panel_mean_and_keeps_the_raw_scores()
    {
        var board = Board();
        board.Apply(Mark(1, 1, Judgement, 3m));
        board.Apply(Mark(2, 1, Judgement, 1m));
        board.Apply(Mark(1, 2, Judgement, 3m));
        board.Apply(Mark(2, 2, Judgement, 1m));

        board.Resolve(1, Judgement, 2m, NextSequence());
        board.Resolve(2, Judgement, null, NextSequence());

        Assert.Equal(6m, board.StandingOf(1).Total);
        Assert.Equal(6m, board.StandingOf(2).Total);
        Assert.Equal(ModerationState.Resolved, board.StateOf(1, Judgement));
        Assert.Equal(new Dictionary<long, decimal> { [1] = 3m, [2] = 1m }, board.EntriesOf(1, Judgement));
        Assert.Empty(board.ModerationQueue());
    }

    [Fact]
    public void New_scores_after_a_resolution_are_judged_afresh()
    {
        var board = Board();
        board.Apply(Mark(1, 1, Judgement, 3m));
        board.Apply(Mark(2, 1, Judgement, 1m));
        board.Resolve(1, Judgement, 2m, NextSequence());

        board.Apply(Mark(2, 1, Judgement, 0m));

        Assert.Equal(ModerationState.Disputed, board.StateOf(1, Judgement));
        Assert.Equal(0m, board.StandingOf(1).Total);
    }

    [Fact]
    public void Theory_adds_its_weighted_score()
    {
        var board = Board(2, CompetitionRules.Default with { Theory = new TheoryComponent(0.3m) });
        board.Apply(Mark(1, 1, Measurement, 10m));
        board.SetTheory(1, 80m);

        var standing = board.StandingOf(1);
        Assert.Equal(10m + 24m, standing.Total);
        Assert.Equal(80m, standing.Theory);
    }

    [Fact]
    public void Applying_a_mark_for_someone_outside_the_scheme_is_a_programming_error()
    {
        var board = Board();
        Assert.Throws<ArgumentException>(() => board.Apply(Mark(1, 99, Measurement, 1m)));
        Assert.Throws<ArgumentException>(() => board.Apply(Mark(1, 1, 99, 1m)));
    }
}
