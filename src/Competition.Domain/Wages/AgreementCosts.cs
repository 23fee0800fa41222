using Competition.Domain.Rules;

namespace Competition.Domain.Wages;

/// <summary>
/// Costs a proposal on an enterprise's pay: per band, (floor − pay) for each worker below the floor plus
/// the level's allowance for each worker, × headcount × 12 months; then each award's bonus × the number of
/// such awards expected in a year. Floors, allowances and bonuses are whole yuan, so costs are too; the
/// share of capacity is rounded to four places (half away from zero).
/// </summary>
public static class AgreementCosts
{
    public const int MonthsPerYear = 12;

    public static ProposalCost Cost(Proposal proposal, IEnumerable<PayBand> pay, IReadOnlyDictionary<Award, int> expectedAwards, decimal? capacity)
    {
        var byLevel = proposal.Floors.ToDictionary(f => Key(f.Level));
        var levels = pay
            .GroupBy(band => band.Level)
            .Select(group =>
            {
                var floor = byLevel[Key(group.Key)];
                var raise = group.Sum(b => Math.Max(0, floor.MonthlyFloor - b.MonthlyPay) * b.Headcount * MonthsPerYear);
                var allowance = group.Sum(b => floor.MonthlyAllowance * b.Headcount * MonthsPerYear);
                return new LevelCost(group.Key, group.Sum(b => b.Headcount), group.Where(b => b.MonthlyPay < floor.MonthlyFloor).Sum(b => b.Headcount),
                    raise, allowance);
            })
            .OrderBy(c => Key(c.Level))
            .ToList();
        var bonuses = proposal.CompetitionBonuses.Sum(bonus => bonus.Value * expectedAwards.GetValueOrDefault(bonus.Key));
        var total = levels.Sum(l => l.AnnualTotal) + bonuses;
        decimal? share = capacity is > 0 ? Math.Round(total / capacity.Value, 4, MidpointRounding.AwayFromZero) : null;
        return new ProposalCost(levels, bonuses, total, capacity, share);
    }

    /// <summary>No certificate sorts (and is keyed) below the lowest rung.</summary>
    private static int Key(Certification.SkillLevel? level) => level is { } rung ? (int)rung : -1;
}
