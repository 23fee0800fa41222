using Competition.Domain.Results;
using Competition.Domain.Rules;
using Competition.Domain.Standings;

namespace Competition.UnitTests;

public sealed class AwardAssignmentTests
{
    private static Standing Row(long id, int? rank, decimal total) => new(rank, id, total, [], 1, rank is null);

    private static IReadOnlyList<Standing> Field(int count) =>
        Enumerable.Range(1, count).Select(i => Row(i, i, 100 - i)).ToList();

    [Fact]
    public void Gold_silver_bronze_then_excellence_within_the_top_half()
    {
        var awards = AwardAssignment.Assign(Field(10), new AwardRules());

        Assert.Equal(Award.Gold, awards[1]);
        Assert.Equal(Award.Silver, awards[2]);
        Assert.Equal(Award.Bronze, awards[3]);
        Assert.Equal(Award.Excellence, awards[4]);
        Assert.Equal(Award.Excellence, awards[5]);
        Assert.False(awards.ContainsKey(6));
    }

    [Fact]
    public void Prizes_by_share_of_the_ranked_field()
    {
        var rules = new AwardRules { Basis = AwardBasis.Share, Naming = AwardNaming.Prizes, First = 0.1m, Second = 0.2m, Third = 0.3m, ExcellenceShare = 0 };

        var awards = AwardAssignment.Assign(Field(20), rules);

        Assert.Equal(2, awards.Count(a => a.Value == Award.FirstPrize));
        Assert.Equal(4, awards.Count(a => a.Value == Award.SecondPrize));
        Assert.Equal(6, awards.Count(a => a.Value == Award.ThirdPrize));
        Assert.Equal(12, awards.Count);
    }

    [Fact]
    public void Tied_contestants_share_their_award_and_the_next_place_is_skipped()
    {
        IReadOnlyList<Standing> standings = [Row(1, 1, 90), Row(2, 1, 90), Row(3, 3, 80), Row(4, 4, 70)];

        var awards = AwardAssignment.Assign(standings, new AwardRules { ExcellenceShare = 0 });

        Assert.Equal([Award.Gold, Award.Gold, Award.Bronze], new[] { awards[1], awards[2], awards[3] });
        Assert.False(awards.ContainsKey(4));
    }

    [Fact]
    public void Out_of_ranking_contestants_and_empty_scores_are_never_awarded()
    {
        IReadOnlyList<Standing> standings = [Row(1, null, 99), Row(2, 1, 90), Row(3, 2, 0)];

        var awards = AwardAssignment.Assign(standings, new AwardRules());

        Assert.Equal(Award.Gold, awards[2]);
        Assert.False(awards.ContainsKey(1));
        Assert.False(awards.ContainsKey(3));
    }
}
