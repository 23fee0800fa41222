using Competition.Domain.Certification;

namespace Competition.Domain.Wages;

/// <summary>
/// The floors an agreement's <see cref="FloorRule"/> gives each level. Money is decimal yuan; every floor
/// is rounded to a whole yuan (half away from zero) as it is set, and the next rung steps from the rounded
/// figure, as a pay table would print it.
/// </summary>
public static class WageFloors
{
    /// <summary>The largest monthly amount a rule may name (a wage, a step, an allowance, a bonus): far above
    /// any real one, and low enough that every floor and cost computed from it stays exact.</summary>
    public const decimal MaxMonthly = 1_000_000m;

    /// <summary>Why a rule cannot be used; empty when it can. Every amount is bounded here, so the floors and
    /// their costs can always be computed for a rule without problems.</summary>
    public static IReadOnlyList<string> Problems(FloorRule rule)
    {
        var problems = new List<string>();
        if (rule.StatutoryMinimumMonthly is <= 0 or > MaxMonthly)
        {
            problems.Add($"The statutory minimum wage is a positive monthly amount of at most {MaxMonthly:0}.");
        }
        if (rule.MinimumRaise is < 0 or > 2)
        {
            problems.Add("The raise over the minimum wage is a share within 0…2 (0.1 = 10 %).");
        }
        if (rule.ReferenceMonthly is < 0 or > MaxMonthly)
        {
            problems.Add($"The reference wage is a monthly amount within 0…{MaxMonthly:0}.");
        }
        switch (rule.Step)
        {
            case StepKind.Percentage when rule.StepValue is < 0 or > 1:
                problems.Add("A percentage step is a share within 0…1 (0.08 = 8 %).");
                break;
            case StepKind.FixedAmount when rule.StepValue is < 0 or > MaxMonthly:
                problems.Add($"A fixed step is a monthly amount within 0…{MaxMonthly:0}.");
                break;
            case StepKind.Allowance when rule.Allowances is null || rule.Allowances.Values.Any(a => a is < 0 or > MaxMonthly):
                problems.Add($"An allowance rule names a monthly allowance within 0…{MaxMonthly:0} per level.");
                break;
        }
        return problems;
    }

    /// <summary>The floor without a certificate, then one per rung of the ladder, lowest first.</summary>
    public static IReadOnlyList<LevelFloor> For(FloorRule rule)
    {
        var raised = Yuan(rule.StatutoryMinimumMonthly * (1 + rule.MinimumRaise));
        var basis = rule.ReferenceMonthly is { } reference ? Math.Max(raised, Yuan(reference)) : raised;
        var floors = new List<LevelFloor> { new(null, basis, 0) };
        var floor = basis;
        foreach (var level in Enum.GetValues<SkillLevel>())
        {
            // Apprentices hold no national level: they keep the floor without a certificate.
            if (level != SkillLevel.Apprentice)
            {
                floor = rule.Step switch
                {
                    StepKind.Percentage => Yuan(floor * (1 + rule.StepValue)),
                    StepKind.FixedAmount => floor + Yuan(rule.StepValue),
                    _ => floor,
                };
            }
            var allowance = rule.Step == StepKind.Allowance ? Yuan(rule.Allowances?.GetValueOrDefault(level) ?? 0) : 0;
            floors.Add(new LevelFloor(level, floor, allowance));
        }
        return floors;
    }

    public static decimal Yuan(decimal amount) => Math.Round(amount, 0, MidpointRounding.AwayFromZero);
}
