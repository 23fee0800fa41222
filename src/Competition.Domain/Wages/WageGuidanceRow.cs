using Competition.Domain.Certification;

namespace Competition.Domain.Wages;

/// <summary>
/// One line of a wage price table (人力资源市场工资价位): for a region, year, occupation (code and
/// classification edition), industry and skill level (null: no certificate), the pay distribution —
/// P10 (低位数) … P50 (中位数) … P90 (高位数) and the mean — in yuan per <see cref="Unit"/>.
/// </summary>
public sealed record WageGuidanceRow(
    string Region, int Year, string Source, string OccupationCode, string OccupationEdition, string Industry,
    SkillLevel? Level, decimal P10, decimal P25, decimal P50, decimal P75, decimal P90, decimal Mean, int SampleSize, PayPeriod Unit)
{
    /// <summary>A figure of this row as a monthly amount (a yearly one divided by 12, unrounded).</summary>
    public decimal Monthly(decimal figure) => Unit == PayPeriod.Year ? figure / AgreementCosts.MonthsPerYear : figure;

    /// <summary>The figure this row gives for a percentile, in its own unit.</summary>
    public decimal Figure(GuidancePercentile percentile) => percentile switch
    {
        GuidancePercentile.P10 => P10,
        GuidancePercentile.P25 => P25,
        GuidancePercentile.P50 => P50,
        GuidancePercentile.P75 => P75,
        GuidancePercentile.P90 => P90,
        _ => throw new ArgumentOutOfRangeException(nameof(percentile)),
    };

    /// <summary>A figure of this row as monthly whole yuan, as reports print it.</summary>
    public decimal MonthlyYuan(decimal figure) => WageFloors.Yuan(Monthly(figure));

    /// <summary>Why the figures cannot be right, in the words (Chinese) of the people who fix the table,
    /// each starting with its column; empty when they can.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (new[] { P10, P25, P50, P75, P90, Mean }.Any(v => v < 0))
        {
            problems.Add("p10–p90、mean：工资不能为负数。");
        }
        if (!(P10 <= P25 && P25 <= P50 && P50 <= P75 && P75 <= P90))
        {
            problems.Add("p10–p90：分位数应递增：P10 ≤ P25 ≤ P50 ≤ P75 ≤ P90。");
        }
        if (SampleSize < 1)
        {
            problems.Add("sampleSize：样本数至少为 1。");
        }
        return problems;
    }
}
