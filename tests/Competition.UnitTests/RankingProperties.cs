using Competition.Domain.Rules;
using Competition.Domain.Standings;
using CsCheck;
using static Competition.UnitTests.TestScheme;

namespace Competition.UnitTests;

/// <summary>Standard competition ranking, checked on generated fields rather than a few examples.</summary>
public sealed class RankingProperties
{
    /// <summary>A field: each contestant's graded mark (0–6, in halves), and an order to enter them in.</summary>
    private static readonly Gen<(decimal[] Marks, int Seed)> Fields =
        Gen.Select(Gen.Int[0, 12].Select(i => i / 2m).Array[1, 40], Gen.Int);

    private static IReadOnlyList<Standing> Rank((decimal[] Marks, int Seed) field)
    {
        var board = Board(field.Marks.Length, CompetitionRules.Default with { TieBreaks = [] });
        var order = Enumerable.Range(0, field.Marks.Length).ToArray();
        new Random(field.Seed).Shuffle(order);
        foreach (var i in order)
        {
            board.Apply(Mark(1, i + 1, Graded, field.Marks[i]));
        }
        return board.Rank();
    }

    [Fact]
    public void Ranks_do_not_depend_on_the_order_marks_arrive_in() =>
        Fields.Sample(field =>
        {
            var ranks = Rank(field).ToDictionary(s => s.ContestantId, s => s.Rank);
            var again = Rank(field with { Seed = field.Seed + 1 }).ToDictionary(s => s.ContestantId, s => s.Rank);
            Assert.Equal(ranks, again);
        });

    [Fact]
    public void Ranks_never_go_down_the_list_and_equal_totals_share_a_rank() =>
        Fields.Sample(field =>
        {
            var standings = Rank(field);
            for (var i = 1; i < standings.Count; i++)
            {
                Assert.True(standings[i].Rank >= standings[i - 1].Rank);
                Assert.True(standings[i].Total <= standings[i - 1].Total);
                Assert.Equal(standings[i].Total == standings[i - 1].Total, standings[i].Rank == standings[i - 1].Rank);
            }
        });

    [Fact]
    public void After_a_tie_of_n_the_next_rank_skips_n_minus_one() =>
        Fields.Sample(field =>
        {
            var standings = Rank(field);
            Assert.Equal(1, standings[0].Rank);
            foreach (var group in standings.GroupBy(s => s.Rank).Zip(standings.GroupBy(s => s.Rank).Skip(1)))
            {
                Assert.Equal(group.First.Key + group.First.Count(), group.Second.Key);
            }
            // A rank is always one more than the number of contestants strictly ahead.
            Assert.All(standings, s => Assert.Equal(standings.Count(o => o.Total > s.Total) + 1, s.Rank));
        });

    [Fact]
    public void Ranking_standard_on_sorted_keys_matches_the_definition() =>
        Gen.Int[0, 5].Array[0, 30].Sample(keys =>
        {
            var sorted = keys.OrderDescending().ToArray();
            var ranks = Ranking.Standard(sorted, (a, b) => a == b);
            for (var i = 0; i < sorted.Length; i++)
            {
                Assert.Equal(sorted.Count(k => k > sorted[i]) + 1, ranks[i]);
            }
        });
}
