using System.Globalization;
using Competition.Domain;
using Competition.Domain.Certification;
using Competition.Server.Imports;
using Competition.Server.Validation;

namespace Competition.Server.Certificates;

/// <summary>
/// Reads a bulk-issuance CSV: one passed assessment per row, headed
/// <c>name,nationalId,employer,occupationCode,occupationEdition,occupationName,workType,level,route,theory,practical,review,examiners</c>.
/// <c>level</c> is the Chinese name (技师) or the API's name (technician); <c>route</c> is <c>enterprise</c>
/// or <c>social</c>; scores are out of 100 with pass mark 60; examiners are separated by <c>;</c>.
/// Every row is checked, and every reason of every bad row reported (in Chinese, for the HR officer who
/// fixes the file; each starts with the column it is about), before anything is issued.
/// </summary>
public static class BulkIssuance
{
    public const int MaximumRows = 5_000;

    public static readonly IReadOnlyList<string> Columns =
        ["name", "nationalId", "employer", "occupationCode", "occupationEdition", "occupationName", "workType", "level", "route", "theory", "practical", "review", "examiners"];

    private static readonly string[] Required = ["name", "nationalId", "employer", "occupationCode", "occupationEdition", "occupationName", "level", "route", "theory", "practical"];

    /// <summary>A row that passed every check.</summary>
    public sealed record Row(
        int Number, string Name, string NationalId, string Employer, string OccupationCode, string OccupationEdition,
        string OccupationName, string? WorkType, SkillLevel Level, AssessmentRoute Route, IReadOnlyList<ComponentScore> Components,
        IReadOnlyList<string> Examiners);

    /// <summary>The file's rows, every one good; or its bad rows, or why the file as a whole cannot be read.</summary>
    public static Outcome<IReadOnlyList<Row>> Read(byte[] file) =>
        SpreadsheetTable.ReadChecked(file, SheetColumn.Of(Columns, Required), MaximumRows, "bulk.unreadable", Check,
            (problems, good) => DomainError.RowsRefused("bulk.invalid-rows",
                $"{problems.Count} of {problems.Count + good} rows cannot be issued; nothing was issued.", problems),
            row => (NationalIds.Normalise(row.NationalId), row.OccupationCode, row.Level),
            first => $"与第 {first} 行重复：同一人、同一职业和等级。");

    private static (Row? Row, List<string> Reasons) Check(SheetRow record)
    {
        string Text(string column) => record[column];
        var reasons = new List<string>();
        void Require(bool ok, string reason)
        {
            if (!ok)
            {
                reasons.Add(reason);
            }
        }
        var name = Text("name");
        var employer = Text("employer");
        var nationalId = Text("nationalId");
        Require(name.Length is > 0 and <= 100, "name：姓名必填，最多 100 字。");
        Require(name.Length == 0 || Competition.Domain.Text.IsPlainName(name), "name：姓名含不可见字符或控制字符。");
        Require(employer.Length is > 0 and <= 200, "employer：工作单位必填，最多 200 字。");
        Require(employer.Length == 0 || Competition.Domain.Text.IsPlainName(employer), "employer：工作单位含不可见字符或控制字符。");
        Require(NationalIds.IsValid(nationalId), "nationalId：身份证号应为 17 位数字加 1 位校验码（数字或 X），且校验码正确。");
        Require(OccupationRules.IsCode(Text("occupationCode")), "occupationCode：职业编码应按职业分类大典书写，如 4-02-07-01。");
        Require(OccupationRules.IsEdition(Text("occupationEdition")), "occupationEdition：分类大典版本为 1999、2015 或 2022。");
        Require(Text("occupationName").Length is > 0 and <= 200, "occupationName：职业名称必填，最多 200 字。");
        Require(Text("workType").Length <= 200, "workType：工种最多 200 字。");
        var level = SkillLadder.Parse(Text("level"));
        Require(level is not null, "level：等级为学徒工、初级工、中级工、高级工、技师、高级技师、特级技师或首席技师。");
        AssessmentRoute? route = Text("route").ToLowerInvariant() switch
        {
            "enterprise" or "企业" => AssessmentRoute.EnterpriseSelfEvaluation,
            "social" or "社会" => AssessmentRoute.SocialEvaluationOrganisation,
            _ => null,
        };
        Require(route is not null, "route：评价方式为 enterprise（企业）或 social（社会）。");
        var components = new List<ComponentScore>();
        foreach (var (column, kind) in ScoreColumns)
        {
            var text = Text(column);
            if (text.Length == 0)
            {
                continue;
            }
            if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var score))
            {
                components.Add(new ComponentScore(kind, score));
            }
            else
            {
                reasons.Add($"{column}：成绩应为 0–100 的数，如 78.5。");
            }
        }
        if (level is { } target && route is { } how)
        {
            foreach (var missing in AssessmentGrading.Required(target, how).Where(kind => components.All(c => c.Kind != kind)))
            {
                reasons.Add($"{ScoreColumns.Single(c => c.Kind == missing).Column}：{SkillLadder.ChineseName(target)}须有{ComponentNames[missing]}成绩。");
            }
        }
        foreach (var component in components)
        {
            var column = ScoreColumns.Single(c => c.Kind == component.Kind).Column;
            if (component.Score is < 0 or > AssessmentGrading.MaximumScore)
            {
                reasons.Add($"{column}：成绩应在 0–100 之间。");
            }
            else if (component.Score < component.PassMark)
            {
                reasons.Add($"{column}：{component.Score} 分低于合格线 {component.PassMark} 分，未通过的评价不能发证。");
            }
        }
        var examiners = Text("examiners").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Require(examiners.Length <= 20 && examiners.All(e => e.Length <= 100), "examiners：考评员最多 20 人，以 ; 分隔。");
        return reasons.Count > 0
            ? (null, reasons)
            : (new Row(record.Line, name, nationalId, employer, Text("occupationCode"), Text("occupationEdition"), Text("occupationName"),
                Text("workType") is { Length: > 0 } workType ? workType : null, level!.Value, route!.Value, components, examiners), reasons);
    }

    private static readonly (string Column, AssessmentComponentKind Kind)[] ScoreColumns =
        [("theory", AssessmentComponentKind.Theory), ("practical", AssessmentComponentKind.Practical), ("review", AssessmentComponentKind.ComprehensiveReview)];

    private static readonly Dictionary<AssessmentComponentKind, string> ComponentNames = new()
    {
        [AssessmentComponentKind.Theory] = "理论知识",
        [AssessmentComponentKind.Practical] = "操作技能",
        [AssessmentComponentKind.ComprehensiveReview] = "综合评审",
    };
}
