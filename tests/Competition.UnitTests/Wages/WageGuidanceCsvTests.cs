using System.Text;
using Competition.Domain;
using Competition.Domain.Certification;
using Competition.Domain.Wages;
using Competition.Server.WageGuidance;

namespace Competition.UnitTests.Wages;

/// <summary>Reading a wage guidance table: good rows pass; bad codes, falling percentiles and negative pay are reported row by row.</summary>
public sealed class WageGuidanceCsvTests
{
    private const string Header = "region,year,source,occupationCode,occupationEdition,industry,level,p10,p25,p50,p75,p90,mean,sampleSize,unit";

    private static Outcome<IReadOnlyList<WageGuidanceRow>> Read(params string[] lines) =>
        WageGuidanceCsv.Read(Encoding.UTF8.GetBytes(string.Join("\n", [Header, .. lines])));

    [Fact]
    public void Good_rows_are_read_with_levels_no_certificate_and_units()
    {
        var parsed = Read(
            "随州市,2025,随州市人社局 2025 年人力资源市场工资价位（合成示例）,6-18-02-04,2022,制造业,无证书,42000,48000,56000,66000,78000,58200,312,year",
            "随州市,2025,同上,6-18-02-04,2022,制造业,高级工,4200,4800,5600,6600,7800,5820,120,month");

        Assert.Null(parsed.Error);
        var rows = parsed.Value!;
        Assert.Null(rows[0].Level);
        Assert.Equal(PayPeriod.Year, rows[0].Unit);
        Assert.Equal(4_666.67m, Math.Round(rows[0].Monthly(rows[0].P50), 2));
        Assert.Equal((SkillLevel.Senior, PayPeriod.Month, 5_600m), (rows[1].Level!.Value, rows[1].Unit, rows[1].Monthly(rows[1].P50)));
    }

    [Fact]
    public void Bad_codes_falling_percentiles_negative_pay_and_repeats_are_reported_each_with_its_reasons()
    {
        var parsed = Read(
            "随州市,2025,示例,6-18-2-04,2020,制造业,高级工,4200,4800,5600,6600,7800,5820,120,month",
            "随州市,2025,示例,6-18-02-04,2022,制造业,技师,5200,5000,5600,6600,7800,5820,80,month",
            "随州市,2025,示例,6-18-02-04,2022,制造业,中级工,-10,4800,5600,6600,7800,5820,80,month",
            "随州市,2025,示例,6-18-02-04,2022,制造业,大师,4200,4800,5600,6600,7800,5820,0,week",
            "随州市,2025,示例,6-18-02-04,2022,制造业,高级工,4200,4800,5600,6600,7800,5820,120,month",
            "随州市,2025,示例,6-18-02-04,2022,制造业,高级工,4300,4900,5700,6700,7900,5920,120,month");

        var problems = parsed.Error!.Rows!;
        Assert.Equal([2, 3, 4, 5, 7], problems.Select(p => p.Row));
        Assert.Contains(problems[0].Reasons, r => r.StartsWith("occupationCode："));
        Assert.Contains(problems[0].Reasons, r => r.StartsWith("occupationEdition："));
        Assert.Contains(problems[1].Reasons, r => r.StartsWith("p10–p90：分位数应递增"));
        Assert.Contains(problems[2].Reasons, r => r.Contains("工资不能为负数"));
        Assert.Equal(3, problems[3].Reasons.Count); // level, sample size, unit
        Assert.Contains(problems[4].Reasons, r => r.Contains("与第 6 行重复"));
        // Line 6 alone is good, and nothing of the file is taken.
        Assert.Equal(("guidance.invalid-rows", "5 rows cannot be imported; nothing was imported."), (parsed.Error.Code, parsed.Error.Message));
    }
}
