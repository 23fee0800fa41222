using Competition.Domain.Certification;
using Competition.Domain.Rules;
using Competition.Domain.Wages;

namespace Competition.UnitTests.Wages;

/// <summary>
/// Floors and costs on hand-computed examples. Money is decimal yuan; each floor is rounded to a whole
/// yuan (half away from zero) when it is set, and the next rung steps from the rounded figure.
/// </summary>
public sealed class WageArithmeticTests
{
    private static readonly Dictionary<Award, decimal> NoBonuses = [];
    private static readonly Dictionary<Award, int> NoAwards = [];

    // Hubei's first-class minimum wage, 2,210 a month, raised 10 % = 2,431; the local P10 of comparable
    // posts, 2,500 a month, is higher, so the floor without a certificate is 2,500.
    private static FloorRule Rule(StepKind step, decimal value, IReadOnlyDictionary<SkillLevel, decimal>? allowances = null) =>
        new(2_210m, 0.10m, 2_500m, step, value, allowances);

    private static Dictionary<SkillLevel, decimal> Floors(IReadOnlyList<LevelFloor> floors) =>
        floors.Where(f => f.Level is not null).ToDictionary(f => f.Level!.Value, f => f.MonthlyFloor);

    [Fact]
    public void A_percentage_step_compounds_from_the_rounded_floor_below()
    {
        var floors = WageFloors.For(Rule(StepKind.Percentage, 0.08m));

        Assert.Equal(2_500m, floors[0].MonthlyFloor);
        Assert.Null(floors[0].Level);
        // 2,500 × 1.08 = 2,700; × 1.08 = 2,916; × 1.08 = 3,149.28 → 3,149; × 1.08 = 3,400.92 → 3,401;
        // × 1.08 = 3,673.08 → 3,673; × 1.08 = 3,966.84 → 3,967; × 1.08 = 4,284.36 → 4,284.
        Assert.Equal(new Dictionary<SkillLevel, decimal>
        {
            [SkillLevel.Apprentice] = 2_500m, [SkillLevel.Junior] = 2_700m, [SkillLevel.Intermediate] = 2_916m,
            [SkillLevel.Senior] = 3_149m, [SkillLevel.Technician] = 3_401m, [SkillLevel.SeniorTechnician] = 3_673m,
            [SkillLevel.PrincipalTechnician] = 3_967m, [SkillLevel.ChiefTechnician] = 4_284m,
        }, Floors(floors));
        Assert.All(floors, f => Assert.Equal(0m, f.MonthlyAllowance));
    }

    [Fact]
    public void A_fixed_step_adds_the_same_amount_per_rung()
    {
        var floors = Floors(WageFloors.For(Rule(StepKind.FixedAmount, 300m)));

        Assert.Equal(2_800m, floors[SkillLevel.Junior]);
        Assert.Equal(3_700m, floors[SkillLevel.Technician]);
        Assert.Equal(4_600m, floors[SkillLevel.ChiefTechnician]); // 2,500 + 7 × 300
    }

    [Fact]
    public void An_allowance_rule_keeps_one_floor_and_adds_each_levels_allowance()
    {
        var floors = WageFloors.For(Rule(StepKind.Allowance, 0m, new Dictionary<SkillLevel, decimal>
        {
            [SkillLevel.Senior] = 500m, [SkillLevel.Technician] = 1_000m, [SkillLevel.SeniorTechnician] = 2_000m,
        }));

        Assert.All(floors, f => Assert.Equal(2_500m, f.MonthlyFloor));
        Assert.Equal(3_000m, floors.Single(f => f.Level == SkillLevel.Senior).MonthlyMinimum);
        Assert.Equal(4_500m, floors.Single(f => f.Level == SkillLevel.SeniorTechnician).MonthlyMinimum);
        Assert.Equal(0m, floors.Single(f => f.Level == SkillLevel.Junior).MonthlyAllowance);
    }

    [Fact]
    public void The_raised_minimum_counts_when_it_is_above_the_reference_and_halves_round_away_from_zero()
    {
        // 2,215 × 1.1 = 2,436.5 → 2,437, above a reference of 2,400.
        var floors = WageFloors.For(new FloorRule(2_215m, 0.10m, 2_400m, StepKind.FixedAmount, 0m));

        Assert.Equal(2_437m, floors[0].MonthlyFloor);
        Assert.Equal(2_437m, WageFloors.For(new FloorRule(2_215m, 0.10m, null, StepKind.FixedAmount, 0m))[0].MonthlyFloor);
    }

    [Fact]
    public void A_proposal_costs_the_shortfall_to_each_floor_for_a_year_per_level_and_in_total()
    {
        var floors = WageFloors.For(Rule(StepKind.Percentage, 0.08m));
        PayBand[] pay =
        [
            new(null, 2_400m, 4),                     // 100 below 2,500: 100 × 4 × 12 = 4,800
            new(SkillLevel.Senior, 3_000m, 10),       // 149 below 3,149: 149 × 10 × 12 = 17,880
            new(SkillLevel.Senior, 3_500m, 5),        // above: 0
            new(SkillLevel.Technician, 3_401m, 2),    // exactly at the floor: 0
        ];

        var cost = AgreementCosts.Cost(new Proposal(floors, NoBonuses), pay, NoAwards, capacity: 100_000m);

        Assert.Equal([null, SkillLevel.Senior, SkillLevel.Technician], cost.Levels.Select(l => l.Level));
        Assert.Equal(4_800m, cost.Levels[0].AnnualRaise);
        Assert.Equal((15, 10, 17_880m), (cost.Levels[1].Headcount, cost.Levels[1].BelowFloor, cost.Levels[1].AnnualRaise));
        Assert.Equal(0m, cost.Levels[2].AnnualTotal);
        Assert.Equal(22_680m, cost.AnnualTotal);
        Assert.Equal(0.2268m, cost.ShareOfCapacity);
        Assert.True(cost.WithinCapacity);
    }

    [Fact]
    public void Allowances_are_paid_to_everyone_of_the_level_and_can_exceed_the_capacity()
    {
        var floors = WageFloors.For(Rule(StepKind.Allowance, 0m, new Dictionary<SkillLevel, decimal> { [SkillLevel.Senior] = 500m }));

        var cost = AgreementCosts.Cost(new Proposal(floors, NoBonuses), [new PayBand(SkillLevel.Senior, 3_000m, 10)], NoAwards, capacity: 50_000m);

        Assert.Equal(0m, cost.Levels[0].AnnualRaise);
        Assert.Equal(60_000m, cost.Levels[0].AnnualAllowance); // 500 × 10 × 12
        Assert.Equal(1.2m, cost.ShareOfCapacity);
        Assert.False(cost.WithinCapacity);
    }

    [Fact]
    public void Competition_bonuses_are_costed_for_the_awards_expected_in_a_year()
    {
        var floors = WageFloors.For(Rule(StepKind.Percentage, 0.08m));
        var bonuses = new Dictionary<Award, decimal> { [Award.Gold] = 5_000m, [Award.Silver] = 3_000m, [Award.Excellence] = 800m };
        var expected = new Dictionary<Award, int> { [Award.Gold] = 1, [Award.Silver] = 2, [Award.Bronze] = 4 };

        // Above every floor, so only bonuses: 5,000 × 1 + 3,000 × 2 (+ no bronze bonus, no excellence expected) = 11,000.
        var cost = AgreementCosts.Cost(new Proposal(floors, bonuses), [new PayBand(SkillLevel.Senior, 5_000m, 10)], expected, capacity: 44_000m);

        Assert.Equal(0m, cost.Levels.Sum(l => l.AnnualTotal));
        Assert.Equal(11_000m, cost.AnnualBonuses);
        Assert.Equal(11_000m, cost.AnnualTotal);
        Assert.Equal(0.25m, cost.ShareOfCapacity);
    }

    [Fact]
    public void Rules_out_of_range_are_problems()
    {
        Assert.NotEmpty(WageFloors.Problems(new FloorRule(0m, 0.1m, null, StepKind.Percentage, 0.08m)));
        Assert.NotEmpty(WageFloors.Problems(new FloorRule(2_210m, 0.1m, null, StepKind.Percentage, 8m)));
        Assert.NotEmpty(WageFloors.Problems(new FloorRule(2_210m, 0.1m, null, StepKind.Allowance, 0m)));
        Assert.Empty(WageFloors.Problems(Rule(StepKind.Percentage, 0.08m)));
    }

    [Fact]
    public void A_bargaining_report_sets_each_level_against_the_guidance_and_two_proposals()
    {
        var percentage = WageFloors.For(Rule(StepKind.Percentage, 0.08m));
        var fixedStep = WageFloors.For(Rule(StepKind.FixedAmount, 300m));
        PayBand[] pay = [new(SkillLevel.Senior, 3_000m, 10), new(SkillLevel.Senior, 3_600m, 5), new(null, 2_400m, 4)];
        // Yearly guidance: 36,000 / 12 = 3,000; 45,000 / 12 = 3,750; 60,000 / 12 = 5,000.
        WageGuidanceRow[] guidance =
        [
            new("随州市", 2025, "示例", "6-18-02-04", "2022", "制造业", SkillLevel.Senior, 36_000m, 40_000m, 45_000m, 52_000m, 60_000m, 47_000m, 100, PayPeriod.Year),
        ];

        var report = BargainingReport.Build(pay, guidance, [new(percentage, NoBonuses), new(fixedStep, NoBonuses)], NoAwards, capacity: 100_000m);

        var senior = report.Levels.Single(l => l.Level == SkillLevel.Senior);
        Assert.Equal((15, 3_200m), (senior.Headcount, senior.AverageMonthlyPay)); // (3,000 × 10 + 3,600 × 5) / 15
        Assert.Equal((3_000m, 3_750m, 5_000m), (senior.GuidanceP10!.Value, senior.GuidanceP50!.Value, senior.GuidanceP90!.Value));
        Assert.Equal([3_149m, 3_400m], senior.ProposalFloors);
        Assert.Equal([10, 10], senior.BelowProposalFloors);
        Assert.Null(report.Levels[0].Level);
        Assert.Null(report.Levels[0].GuidanceP50);
        // Fixed step: senior floor 3,400: 400 × 10 × 12 = 48,000, plus 100 × 4 × 12 = 4,800 below 2,500.
        Assert.Equal([22_680m, 52_800m], report.Proposals.Select(p => p.AnnualTotal));
    }
}
