using Competition.Domain.Certification;

namespace Competition.Domain.Wages;

/// <summary>
/// One level of an enterprise's pay against the guidance and the proposals: its headcount and average
/// monthly pay; the guidance's monthly P10 … P90 for the level (null where the table has no row);
/// and per proposal (in order) the floor and how many earn less than it.
/// </summary>
public sealed record LevelComparison(
    SkillLevel? Level, int Headcount, decimal AverageMonthlyPay,
    decimal? GuidanceP10, decimal? GuidanceP25, decimal? GuidanceP50, decimal? GuidanceP75, decimal? GuidanceP90,
    IReadOnlyList<decimal> ProposalFloors, IReadOnlyList<int> BelowProposalFloors);
