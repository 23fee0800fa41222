using Competition.Domain.Standings;

namespace Competition.UnitTests;

public sealed class StandardisedScaleTests
{
    [Fact]
    public void The_median_contestant_scores_700_and_one_scaled_MAD_is_30_points()
    {
        // Median 50; deviations 10, 5, 0, 5, 10 → MAD 5; 1.4826 × 5 = 7.413.
        (long, decimal)[] field = [(1, 40m), (2, 45m), (3, 50m), (4, 55m), (5, 60m)];

        var scaled = StandardisedScale.Compute(field);

        Assert.Equal(700, scaled[3]);
        Assert.Equal(700 + (int)Math.Round(30 * 10 / 7.413m), scaled[5]);
        Assert.Equal(700 - (int)Math.Round(30 * 10 / 7.413m), scaled[1]);
        Assert.Equal(scaled[5] - 700, 700 - scaled[1]);
    }

    [Fact]
    public void Scores_are_bounded_to_0_and_1000()
    {
        (long, decimal)[] field = [(1, 50m), (2, 50.1m), (3, 50m), (4, 49.9m), (5, 500m), (6, 0m)];

        var scaled = StandardisedScale.Compute(field);

        Assert.Equal(1000, scaled[5]);
        Assert.Equal(0, scaled[6]);
    }

    [Fact]
    public void A_field_of_equal_totals_all_score_700()
    {
        Assert.All(StandardisedScale.Compute([(1, 7m), (2, 7m), (3, 7m)]).Values, v => Assert.Equal(700, v));
        Assert.Empty(StandardisedScale.Compute([]));
    }
}
