using Competition.Domain.Standings;

namespace Competition.UnitTests;

public sealed class RankingTests
{
    [Fact]
    public void Ties_share_a_rank_and_the_next_rank_skips()
    {
        int[] totals = [95, 90, 90, 80, 80, 80, 70];

        var ranks = Ranking.Standard(totals, (a, b) => a == b);

        Assert.Equal([1, 2, 2, 4, 4, 4, 7], ranks);
    }

    [Fact]
    public void No_ties_rank_one_to_n_and_an_empty_field_has_no_ranks()
    {
        Assert.Equal([1, 2, 3], Ranking.Standard([3, 2, 1], (a, b) => a == b));
        Assert.Empty(Ranking.Standard(Array.Empty<int>(), (a, b) => a == b));
    }

    [Fact]
    public void Everyone_tied_shares_first_place()
    {
        Assert.Equal([1, 1, 1, 1], Ranking.Standard([0, 0, 0, 0], (a, b) => a == b));
    }
}
