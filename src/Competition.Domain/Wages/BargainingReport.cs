using Competition.Domain.Certification;
using Competition.Domain.Rules;

namespace Competition.Domain.Wages;

/// <summary>
/// The figures a negotiator takes to the table: the enterprise's pay by level against the guidance (as
/// monthly yuan, rounded to whole yuan) and against each proposal's floors, and each proposal's yearly cost
/// with the competition bonuses for the awards expected in a year.
/// </summary>
public sealed record BargainingReport(IReadOnlyList<LevelComparison> Levels, IReadOnlyList<ProposalCost> Proposals)
{
    public static BargainingReport Build(
        IReadOnlyList<PayBand> pay, IReadOnlyList<WageGuidanceRow> guidance, IReadOnlyList<Proposal> proposals,
        IReadOnlyDictionary<Award, int> expectedAwards, decimal? capacity)
    {
        var levels = pay.GroupBy(b => b.Level).OrderBy(g => g.Key is { } level ? (int)level : -1).Select(group =>
        {
            var headcount = group.Sum(b => b.Headcount);
            var average = WageFloors.Yuan(group.Sum(b => b.MonthlyPay * b.Headcount) / headcount);
            var row = guidance.FirstOrDefault(r => r.Level == group.Key);
            decimal? Monthly(Func<WageGuidanceRow, decimal> figure) => row?.MonthlyYuan(figure(row));
            var floors = proposals.Select(proposal => proposal.Floors.Single(f => f.Level == group.Key).MonthlyFloor).ToList();
            return new LevelComparison(group.Key, headcount, average,
                Monthly(r => r.P10), Monthly(r => r.P25), Monthly(r => r.P50), Monthly(r => r.P75), Monthly(r => r.P90),
                floors, floors.Select(floor => group.Where(b => b.MonthlyPay < floor).Sum(b => b.Headcount)).ToList());
        }).ToList();
        return new BargainingReport(levels, proposals.Select(proposal => AgreementCosts.Cost(proposal, pay, expectedAwards, capacity)).ToList());
    }
}
