using Competition.Domain.Certification;
using Competition.Domain.Competitions;
using Competition.Domain.Rules;
using Competition.Domain.Statistics;
using MiniExcelLibs;

namespace Competition.Server.Statistics;

/// <summary>
/// The statistics as an .xlsx workbook, one sheet per table with Chinese headers, as a federation's office files
/// them; typed cells (numbers as numbers), so Excel and WPS open it cleanly and no text runs as a formula.
/// </summary>
public static class StatisticsWorkbook
{
    public static byte[] Write(StatisticsView view)
    {
        var figures = view.Figures;
        var (competitions, certification, wages) = (figures.Competitions, figures.Certification, figures.Wages);
        var sheets = new Dictionary<string, object>
        {
            ["概况"] = Headline(view),
            ["竞赛按级别"] = Lines("级别", competitions.ByLevel, key => Enum.TryParse<CompetitionLevel>(key, true, out var level) ? LevelName(level) : null),
            ["竞赛按行业"] = Lines("行业", competitions.ByIndustry),
            ["竞赛按区县"] = Lines("区县", competitions.ByDistrict),
            ["奖项"] = Lines("奖项", competitions.ByAward, key => Enum.TryParse<Award>(key, true, out var award) ? AwardNames.Chinese(award) : null),
            ["荣誉称号"] = Lines("称号", competitions.ByTitle),
            ["评价途径"] = certification.ByRoute.Select(r => new Dictionary<string, object?>
            {
                ["评价途径"] = Enum.TryParse<AssessmentRoute>(r.Route, true, out var route) ? RouteName(route) : r.Route,
                ["评价人次"] = r.Decided.Value, ["上年同期评价人次"] = r.Decided.Previous,
                ["通过人次"] = r.Passed.Value, ["上年同期通过人次"] = r.Passed.Previous,
                ["通过率"] = r.PassRate, ["上年同期通过率"] = r.PreviousPassRate,
            }).ToList(),
            ["证书按等级"] = Lines("等级", certification.ByLevel, key => Enum.TryParse<SkillLevel>(key, true, out var level) ? SkillLadder.ChineseName(level) : null),
            ["证书按职业"] = Lines("职业", certification.ByOccupation),
            ["能级工资"] = wages.Floors.Select(f => new Dictionary<string, object?>
            {
                ["等级"] = Enum.TryParse<SkillLevel>(f.Level, true, out var level) ? SkillLadder.ChineseName(level) : f.Level,
                ["协议数"] = f.Agreements, ["月最低工资均值（元）"] = f.AverageMonthlyMinimum,
                ["工资指导价中位数（元/月）"] = f.GuidanceMedianMonthly, ["与中位数之比"] = f.ToGuidance,
            }).ToList(),
            ["统计口径"] = StatisticsDefinitions.All.Select(d => new Dictionary<string, object?> { ["指标"] = d.Figure, ["口径"] = d.Definition }).ToList(),
        };
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, sheets, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    private static List<Dictionary<string, object?>> Headline(StatisticsView view)
    {
        var (c, cert, w) = (view.Figures.Competitions, view.Figures.Certification, view.Figures.Wages);
        var period = $"{view.Figures.Period.From:yyyy-MM-dd} 至 {view.Figures.Period.To:yyyy-MM-dd}";
        (string, Figure)[] lines =
        [
            ("举办竞赛（场）", c.Held), ("参赛（人次）", c.Participations), ("参赛职工（人）", c.DistinctWorkers),
            ("裁判（人次）", c.JudgeSeats), ("裁判（人）", c.DistinctJudges), ("获奖（人次）", c.Awards), ("荣誉称号（人次）", c.HonoraryTitles),
            ("通过竞赛晋级（人）", c.Promoted), ("技能等级评价（人次）", cert.Decided), ("评价通过（人次）", cert.Passed),
            ("发放证书（本）", cert.Certificates), ("其中换发（本）", cert.Renewals), ("撤销证书（本）", cert.Revocations),
            ("特级技师（人次）", cert.PrincipalTechnicians), ("首席技师（人次）", cert.ChiefTechnicians),
            ("签订能级工资协议（份）", w.Signed), ("有效协议（份）", w.InForce), ("覆盖企业（家）", w.EnterprisesCovered), ("覆盖职工（人）", w.WorkersCovered),
        ];
        return lines.Select(l => new Dictionary<string, object?>
        {
            ["单位"] = view.OrganizationName, ["统计期间"] = period, ["指标"] = l.Item1, ["本期"] = l.Item2.Value, ["上年同期"] = l.Item2.Previous,
            ["增减"] = l.Item2.Change, ["增幅"] = l.Item2.ChangeRate,
        }).ToList();
    }

    private static List<Dictionary<string, object?>> Lines(string heading, IReadOnlyList<Breakdown> lines, Func<string, string?>? name = null) =>
        lines.Select(b => new Dictionary<string, object?>
        {
            [heading] = b.Key == "" ? "未填" : name?.Invoke(b.Key) ?? (b.Label is { } label ? $"{b.Key} {label}" : b.Key),
            ["本期"] = b.Figure.Value, ["上年同期"] = b.Figure.Previous, ["增减"] = b.Figure.Change, ["增幅"] = b.Figure.ChangeRate,
        }).ToList();

    public static string LevelName(CompetitionLevel level) => level switch
    {
        CompetitionLevel.Enterprise => "企业级",
        CompetitionLevel.District => "区县级",
        CompetitionLevel.Municipal => "市级",
        _ => "省级",
    };

    public static string RouteName(AssessmentRoute route) => route switch
    {
        AssessmentRoute.EnterpriseSelfEvaluation => "企业自主评价",
        AssessmentRoute.SocialEvaluationOrganisation => "社会培训评价组织",
        _ => "竞赛",
    };
}
