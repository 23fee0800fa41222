using Competition.Domain;
using Competition.Domain.Competitions;
using Competition.Domain.Statistics;
using Competition.Domain.Wages;

namespace Competition.UnitTests;

public sealed class CountingRulesTests
{
    [Fact]
    public void A_competition_counts_on_its_first_day_or_the_day_it_started_and_a_draft_nowhere()
    {
        Assert.Equal(new DateOnly(2025, 12, 30), CountingRules.CountedOn(CompetitionStatus.Archived, new DateOnly(2025, 12, 30), new DateOnly(2026, 1, 2)));
        Assert.Equal(new DateOnly(2026, 1, 2), CountingRules.CountedOn(CompetitionStatus.Live, null, new DateOnly(2026, 1, 2)));
        Assert.Null(CountingRules.CountedOn(CompetitionStatus.Draft, new DateOnly(2025, 5, 1), null));
    }

    [Fact]
    public void Workers_with_an_id_count_once_and_entries_without_one_each_count_as_a_person()
    {
        CompetitionEntry Entry(long competition, long? worker) => new(competition, competition * 10 + (worker ?? 0), "某", "某厂", worker, null, null, null, null);
        Assert.Equal(3, CountingRules.DistinctWorkers([Entry(1, 7), Entry(2, 7), Entry(1, 8), Entry(1, null)]));
        Assert.False(CountingRules.Competed(Entry(1, 7) with { Withdrawal = Withdrawal.NoShow }));
    }

    [Fact]
    public void An_agreement_is_in_force_when_signed_by_the_periods_end_and_its_term_overlaps_it()
    {
        var year = ReportingPeriod.Year(2025);
        AgreementFacts Agreement(DateOnly? signed, DateOnly start, DateOnly end) =>
            new(1, "协议", AgreementScope.Enterprise, "程力", signed, start, end, 100, [], new Dictionary<Domain.Certification.SkillLevel, decimal>());
        Assert.True(CountingRules.InForce(Agreement(new DateOnly(2024, 12, 1), new DateOnly(2024, 1, 1), new DateOnly(2025, 1, 1)), year));
        Assert.False(CountingRules.InForce(Agreement(new DateOnly(2026, 1, 2), new DateOnly(2025, 1, 1), new DateOnly(2026, 12, 31)), year));
        Assert.False(CountingRules.InForce(Agreement(null, new DateOnly(2025, 1, 1), new DateOnly(2026, 12, 31)), year));
        Assert.False(CountingRules.InForce(Agreement(new DateOnly(2023, 1, 1), new DateOnly(2023, 1, 1), new DateOnly(2024, 12, 31)), year));
    }

    [Fact]
    public void A_period_compares_with_the_same_days_a_year_earlier_and_refuses_a_backwards_or_endless_one()
    {
        var spring = new ReportingPeriod(new DateOnly(2025, 3, 1), new DateOnly(2025, 5, 31));
        Assert.Equal(new ReportingPeriod(new DateOnly(2024, 3, 1), new DateOnly(2024, 5, 31)), spring.YearBefore());
        Assert.Null(spring.Check());
        Assert.Equal("statistics.invalid-period", new ReportingPeriod(spring.To, spring.From).Check()?.Code);
        Assert.Equal("statistics.period-too-long", new ReportingPeriod(new DateOnly(2000, 1, 1), new DateOnly(2025, 1, 1)).Check()?.Code);
    }

    [Fact]
    public void A_figure_gives_its_change_and_no_rate_against_nothing()
    {
        Assert.Equal((-2L, -0.5m), (new Figure(2, 4).Change, new Figure(2, 4).ChangeRate!.Value));
        Assert.Null(new Figure(3, 0).ChangeRate);
        var lines = Breakdown.Of(["a", "b", "b"], ["c"], x => x);
        Assert.Equal(["b", "a", "c"], lines.Select(l => l.Key));
        Assert.Equal(new Figure(0, 1), lines.Single(l => l.Key == "c").Figure);
    }
}
