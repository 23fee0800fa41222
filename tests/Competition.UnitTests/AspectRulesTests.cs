using Competition.Domain;
using Competition.Domain.Marking;

namespace Competition.UnitTests;

public sealed class AspectRulesTests
{
    private static readonly SchemeAspect Measurement = new(1, "焊缝尺寸", AspectKind.Measurement, 10m);
    private static readonly SchemeAspect Judgement = new(2, "外观质量", AspectKind.Judgement, 9m);
    private static readonly SchemeAspect Graded = new(3, "射线探伤", AspectKind.Graded, 20m);

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
    [InlineData(0), InlineData(10), InlineData(7.25)]
    public void Measurement_takes_0_to_max_in_hundredths(double mark) =>
        Assert.Null(AspectRules.CheckEntry(Measurement, (decimal)mark));

    [Fact]
    public void Marks_outside_the_range_or_finer_than_hundredths_are_refused()
    {
        Assert.Equal("mark.out-of-range", AspectRules.CheckEntry(Measurement, 10.01m)?.Code);
        Assert.Equal("mark.out-of-range", AspectRules.CheckEntry(Graded, -0.5m)?.Code);
        Assert.Equal("mark.too-precise", AspectRules.CheckEntry(Graded, 1.005m)?.Code);
    }

    [Fact]
    public void A_judgement_panel_mark_is_the_mean_score_over_three_times_the_maximum()
    {
        // WorldSkills: scores 3, 2, 2 on a 9-mark aspect → (7/3)/3 × 9 = 7.
        Assert.Equal(7m, AspectRules.Aggregate(Judgement, [3m, 2m, 2m]));
        // 2, 2, 1 → (5/3)/3 × 9 = 5.
        Assert.Equal(5m, AspectRules.Aggregate(Judgement, [2m, 2m, 1m]));
        // A repeating third is rounded to 4 decimals: 1, 1, 0 on 10 → 2.2222.
        Assert.Equal(2.2222m, AspectRules.Aggregate(Judgement with { MaxMark = 10m }, [1m, 1m, 0m]));
    }

    [Fact]
    public void Measurement_and_graded_marks_are_the_mean_of_the_judges_entries()
    {
        Assert.Equal(8.5m, AspectRules.Aggregate(Measurement, [8.5m]));
        Assert.Equal(15m, AspectRules.Aggregate(Graded, [14m, 15m, 16m]));
        Assert.Equal(0m, AspectRules.Aggregate(Graded, []));
    }
}
