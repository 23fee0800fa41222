using System.Text;
using Competition.Domain.Certification;
using Competition.Domain.Wages;
using Competition.Server.WageGuidance;

namespace Competition.UnitTests.Wages;

/// <summary>Reading a wage guidance table: good rows pass; bad codes, falling percentiles and negative pay are reported row by row.</summary>
public sealed class WageGuidanceCsvTests
{
    private const string Header = "region,year,source,occupationCode,occupationEdition,industry,level,p10,p25,p50,p75,p90,mean,sampleSize,unit";

    private static WageGuidanceCsv.Parsed Read(params string[] lines) =>
        WageGuidanceCsv.Read(Encoding.UTF8.GetBytes(string.Join("\n", [Header, .. lines])));

    [Fact]
    public void Good_rows_are_read_with_levels_no_certificate_and_units()
    {
        var parsed = Read(
            "随州市,2025,随州市人社局 2025 年人力资源市场工资价位（合成示例）,6-18-02-04,2022,制造业,无证书,42000,48000,56000,66000,78000,58200,312,year",
            "随州市,2025,同上,6-18-02-04,2022,制造业,高级工,4200,4800,5600,6600,7800,5820,120,month");

        Assert.Empty(parsed.Problems);
        Assert.Null(parsed.Rows[0].Level);
        Assert.Equal(PayPeriod.Year, parsed.Rows[0].Unit);
        Assert.Equal(4_666.67m, Math.Round(parsed.Rows[0].Monthly(parsed.Rows[0].P50), 2));
        Assert.Equal((SkillLevel.Senior, PayPeriod.Month, 5_600m), (parsed.Rows[1].Level!.Value, parsed.Rows[1].Unit, parsed.Rows[1].Monthly(parsed.Rows[1].P50)));
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

        Assert.Equal([2, 3, 4, 5, 7], parsed.Problems.Select(p => p.Row));
        Assert.Contains(parsed.Problems[0].Reasons, r => r.StartsWith("occupationCode："));
        Assert.Contains(parsed.Problems[0].Reasons, r => r.StartsWith("occupationEdition："));
        Assert.Contains(parsed.Problems[1].Reasons, r => r.StartsWith("p10–p90：分位数应递增"));
        Assert.Contains(parsed.Problems[2].Reasons, r => r.Contains("工资不能为负数"));
        Assert.Equal(3, parsed.Problems[3].Reasons.Count); // level, sample size, unit
        Assert.Contains(parsed.Problems[4].Reasons, r => r.Contains("与第 6 行重复"));
        Assert.Single(parsed.Rows);
    }
}
