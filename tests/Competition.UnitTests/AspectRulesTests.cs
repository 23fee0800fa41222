using Competition.Domain;
using Competition.Domain.Marking;
using Competition.Domain.Rules;

namespace Competition.UnitTests;

public sealed class AspectRulesTests
{
    private static readonly SchemeAspect Measurement = new(1, "焊缝尺寸", AspectKind.Measurement, 10m, [1m, 2.5m]);
    private static readonly SchemeAspect Judgement = new(2, "外观质量", AspectKind.Judgement, 9m);
    private static readonly SchemeAspect Graded = new(3, "射线探伤", AspectKind.Graded, 20m);
    private static readonly CompetitionRules Rules = CompetitionRules.Default;

    [Theory]
    [InlineData(0), InlineData(1), InlineData(2), InlineData(3)]
    public void Judgement_takes_whole_scores_0_to_3(int score) =>
        Assert.Null(AspectRules.CheckEntry(Judgement, score));

    [Theory]
    [InlineData(-1), InlineData(4), InlineData(1.5), InlineData(9)]
    public void Judgement_refuses_anything_else(double score)
    {
        var error = AspectRules.CheckEntry(Judgement, (decimal)score);
        Assert.Equal(ErrorKind.Invalid, error?.Kind);
        Assert.Equal("mark.out-of-range", error?.Code);
    }

    [Theory]
    [InlineData(10), InlineData(0), InlineData(9), InlineData(7.5)]
    public void Measurement_takes_full_mark_zero_or_a_listed_deduction(double mark) =>
        Assert.Null(AspectRules.CheckEntry(Measurement, (decimal)mark));

    [Theory]
    [InlineData(8), InlineData(9.5), InlineData(10.5), InlineData(-1)]
    public void Measurement_refuses_any_other_value_and_names_the_allowed_ones(double mark)
    {
        var error = AspectRules.CheckEntry(Measurement, (decimal)mark);
        Assert.Equal("mark.not-allowed", error?.Code);
        Assert.Contains("10, 9, 7.5, 0", error?.Message);
    }

    [Fact]
    public void Graded_takes_0_to_max_in_hundredths()
    {
        Assert.Null(AspectRules.CheckEntry(Graded, 17.25m));
        Assert.Equal("mark.out-of-range", AspectRules.CheckEntry(Graded, 20.01m)?.Code);
        Assert.Equal("mark.out-of-range", AspectRules.CheckEntry(Graded, -0.5m)?.Code);
        Assert.Equal("mark.too-precise", AspectRules.CheckEntry(Graded, 1.005m)?.Code);
    }

    [Fact]
    public void A_judgement_panel_mark_is_the_mean_score_over_three_times_the_maximum()
    {
        // WorldSkills: scores 3, 2, 2 on a 9-mark aspect → (7/3)/3 × 9 = 7.
        Assert.Equal(7m, AspectRules.Aggregate(Judgement, [3m, 2m, 2m], Rules));
        // 2, 2, 1 → (5/3)/3 × 9 = 5.
        Assert.Equal(5m, AspectRules.Aggregate(Judgement, [2m, 2m, 1m], Rules));
        // A repeating third is rounded to 4 decimals: 1, 1, 0 on 10 → 2.2222.
        Assert.Equal(2.2222m, AspectRules.Aggregate(Judgement with { MaxMark = 10m }, [1m, 1m, 0m], Rules));
    }

    [Fact]
    public void Five_judges_trimmed_mean_drops_the_highest_and_the_lowest()
    {
        // 8.0 and 9.5 go; (8.5 + 9.0 + 9.0) / 3 = 8.8333.
        Assert.Equal(8.8333m, AspectRules.Aggregate(Graded, [9.0m, 8.0m, 9.5m, 8.5m, 9.0m], Rules));
    }

    [Fact]
    public void Seven_judges_diving_drops_two_of_each()
    {
        // Diving: 6.0, 6.5 and 7.5, 8.0 go; (7.0 + 7.0 + 7.5) / 3 = 7.1667.
        var diving = Rules with { TrimCount = 2 };
        Assert.Equal(7.1667m, AspectRules.Aggregate(Graded, [7.0m, 6.0m, 7.5m, 8.0m, 6.5m, 7.0m, 7.5m], diving));
    }

    [Fact]
    public void Nine_judges_figure_skating_drops_one_of_each_and_averages_seven()
    {
        decimal[] panel = [5.25m, 5.5m, 5.75m, 5.5m, 6.0m, 5.5m, 5.75m, 4.75m, 6.25m];
        Assert.Equal(decimal.Round((panel.Sum() - 4.75m - 6.25m) / 7, 4), AspectRules.Aggregate(Graded, panel, Rules));
    }

    [Fact]
    public void Fewer_than_five_judges_are_not_trimmed_by_default_and_median_and_mean_are_available()
    {
        Assert.Equal(15m, AspectRules.Aggregate(Graded, [14m, 15m, 16m], Rules));
        Assert.Equal(15m, AspectRules.Aggregate(Graded with { Aggregation = GradedAggregation.Median }, [10m, 15m, 19m], Rules));
        Assert.Equal(14.5m, AspectRules.Aggregate(Graded, [10m, 15m, 19m, 14m], Rules with { GradedAggregation = GradedAggregation.Mean }));
        Assert.Equal(0m, AspectRules.Aggregate(Graded, [], Rules));
    }

    [Fact]
    public void A_trim_larger_than_the_panel_allows_falls_back_to_the_median()
    {
        Assert.Equal(12m, AspectRules.Aggregate(Graded, [10m, 12m, 18m], Rules with { TrimCount = 2 }));
    }
}
