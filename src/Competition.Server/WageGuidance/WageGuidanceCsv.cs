using System.Globalization;
using Competition.Domain;
using Competition.Domain.Certification;
using Competition.Domain.Wages;
using Competition.Server.Certificates;
using Competition.Server.Imports;
using Competition.Server.Validation;

namespace Competition.Server.WageGuidance;

/// <summary>
/// Reads a wage guidance table (CSV, UTF-8), headed
/// <c>region,year,source,occupationCode,occupationEdition,industry,level,p10,p25,p50,p75,p90,mean,sampleSize,unit</c>:
/// <c>level</c> is 无证书 (or <c>none</c>) or a rung (高级工 or <c>senior</c>); <c>unit</c> is <c>year</c> (年) or
/// <c>month</c> (月). Every row is checked and every reason of every bad row reported (in Chinese, each
/// starting with its column) before anything is imported.
/// </summary>
public static class WageGuidanceCsv
{
    public const int MaximumRows = 20_000;

    public static readonly IReadOnlyList<string> Columns =
        ["region", "year", "source", "occupationCode", "occupationEdition", "industry", "level", "p10", "p25", "p50", "p75", "p90", "mean", "sampleSize", "unit"];

    /// <summary>The checked rows; or the bad ones with their reasons, or why the file as a whole cannot be read.</summary>
    public static Outcome<IReadOnlyList<WageGuidanceRow>> Read(byte[] file) =>
        SpreadsheetTable.ReadChecked(file, SheetColumn.Of(Columns, Columns), MaximumRows, "guidance.unreadable", Check,
            (problems, _) => RowsRefused(problems), row => Key(row), first => $"与第 {first} 行重复：同一地区、年份、职业、行业和等级。");

    /// <summary>A table refused for its bad rows: nothing of it is imported.</summary>
    public static DomainError RowsRefused(IReadOnlyList<RowProblem> problems) =>
        DomainError.RowsRefused("guidance.invalid-rows", $"{problems.Count} rows cannot be imported; nothing was imported.", problems);

    /// <summary>What identifies a guidance figure: two rows with the same key would contradict each other.</summary>
    public static (string, int, string, string, string, SkillLevel?) Key(WageGuidanceRow row) =>
        (row.Region, row.Year, row.OccupationCode, row.OccupationEdition, row.Industry, row.Level);

    /// <summary>无证书 / none: the figures of workers without a certificate.</summary>
    public static bool IsNoCertificate(string text) => text is "无证书" || string.Equals(text, "none", StringComparison.OrdinalIgnoreCase);

    private static (WageGuidanceRow? Row, List<string> Reasons) Check(SheetRow record)
    {
        var reasons = new List<string>();
        void Require(bool ok, string reason)
        {
            if (!ok)
            {
                reasons.Add(reason);
            }
        }
        Require(record["region"].Length is > 0 and <= 100, "region：地区必填，最多 100 字。");
        var yearOk = int.TryParse(record["year"], NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 2000 and <= 2100;
        Require(yearOk, "year：年份为 2000–2100 的整数。");
        Require(record["source"].Length is > 0 and <= 300, "source：来源文件必填，最多 300 字。");
        Require(OccupationRules.IsCode(record["occupationCode"]), "occupationCode：职业编码应按职业分类大典书写，如 4-02-07-01。");
        Require(OccupationRules.IsEdition(record["occupationEdition"]), "occupationEdition：分类大典版本为 1999、2015 或 2022。");
        Require(record["industry"].Length is > 0 and <= 100, "industry：行业必填，最多 100 字。");
        var levelText = record["level"];
        var level = SkillLadder.Parse(levelText);
        Require(level is not null || IsNoCertificate(levelText), "level：等级为无证书或学徒工、初级工、中级工、高级工、技师、高级技师、特级技师、首席技师。");
        var figures = new Dictionary<string, decimal>();
        foreach (var column in new[] { "p10", "p25", "p50", "p75", "p90", "mean" })
        {
            if (decimal.TryParse(record[column], NumberStyles.Number, CultureInfo.InvariantCulture, out var figure))
            {
                figures[column] = figure;
            }
            else
            {
                reasons.Add($"{column}：应为金额（元），如 56000。");
            }
        }
        var sampleOk = int.TryParse(record["sampleSize"], NumberStyles.None, CultureInfo.InvariantCulture, out var sample);
        Require(sampleOk && sample >= 1, "sampleSize：样本数为正整数。");
        PayPeriod? unit = record["unit"].ToLowerInvariant() switch
        {
            "year" or "年" => PayPeriod.Year,
            "month" or "月" => PayPeriod.Month,
            _ => null,
        };
        Require(unit is not null, "unit：单位为 year（年）或 month（月）。");
        if (reasons.Count > 0)
        {
            return (null, reasons);
        }
        var row = new WageGuidanceRow(record["region"], year, record["source"], record["occupationCode"], record["occupationEdition"],
            record["industry"], level, figures["p10"], figures["p25"], figures["p50"], figures["p75"], figures["p90"], figures["mean"], sample, unit!.Value);
        reasons.AddRange(row.Problems());
        return reasons.Count > 0 ? (null, reasons) : (row, reasons);
    }
}
