using Competition.Domain.Certification;
using Competition.Domain.Rules;
using Competition.Server.Certificates;
using Competition.Server.Imports;

namespace Competition.Server.Bargaining;

/// <summary>
/// The bargaining report as a spreadsheet in Chinese, for negotiators who carry on in Excel or WPS: one
/// row per level (headcount, average pay, guidance P10/P50/P90 a month, and per proposal its floor, how
/// many are below it and its yearly cost), then the competition bonuses, the totals and the share of the
/// labour-cost capacity, written by <see cref="CsvExport"/>.
/// </summary>
public static class BargainingReportCsv
{
    public static byte[] Write(BargainingReportView view)
    {
        var report = view.Report;
        var names = view.Proposals.Select((p, i) => $"方案{(char)('A' + i)}（{p.Agreement.Name}）").ToList();
        var levelRows = report.Levels.Select(level =>
        {
            var row = Row(LevelName(level.Level), level.Headcount, level.AverageMonthlyPay, level.GuidanceP10, level.GuidanceP50, level.GuidanceP90);
            for (var i = 0; i < names.Count; i++)
            {
                var cost = report.Proposals[i].Levels.Single(c => c.Level == level.Level);
                Proposal(row, names[i], level.ProposalFloors[i], level.BelowProposalFloors[i], cost.AnnualRaise, cost.AnnualAllowance, cost.AnnualTotal);
            }
            return row;
        });
        var awards = string.Join("、", view.ExpectedAwards.Where(a => a.Count > 0).Select(a => $"{AwardNames.Chinese(a.Award)}×{a.Count}"));
        var bonuses = Row($"竞赛奖金（预计每年 {(awards.Length > 0 ? awards : "无获奖")}）");
        var totals = Row("合计", report.Levels.Sum(l => l.Headcount));
        var shares = Row("占人工成本承受能力");
        for (var i = 0; i < names.Count; i++)
        {
            var cost = report.Proposals[i];
            Proposal(bonuses, names[i], total: cost.AnnualBonuses);
            Proposal(totals, names[i], below: cost.Levels.Sum(l => l.BelowFloor), raise: cost.Levels.Sum(l => l.AnnualRaise),
                allowance: cost.Levels.Sum(l => l.AnnualAllowance), total: cost.AnnualTotal);
            Proposal(shares, names[i], total: cost.ShareOfCapacity is { } share ? $"{share * 100:0.00}%（承受能力 {cost.Capacity:0} 元）" : "未填承受能力");
        }
        return CsvExport.Write(levelRows.Append(bonuses).Append(totals).Append(shares));
    }

    private static string LevelName(SkillLevel? level) => level is { } rung ? SkillLadder.ChineseName(rung) : "无证书";

    // Every row has every column, in order, so the header (from the first row) fits them all.
    private static Dictionary<string, object?> Row(string level, int? headcount = null, decimal? average = null,
        decimal? p10 = null, decimal? p50 = null, decimal? p90 = null) => new()
    {
        ["等级"] = level, ["人数"] = headcount, ["平均月工资"] = average,
        ["指导价低位数P10（月）"] = p10, ["指导价中位数P50（月）"] = p50, ["指导价高位数P90（月）"] = p90,
    };

    private static void Proposal(Dictionary<string, object?> row, string name, decimal? floor = null, int? below = null,
        decimal? raise = null, decimal? allowance = null, object? total = null)
    {
        row[$"{name}月工资下限"] = floor;
        row[$"{name}低于下限人数"] = below;
        row[$"{name}年增资"] = raise;
        row[$"{name}年技能津贴"] = allowance;
        row[$"{name}年成本合计"] = total;
    }
}
