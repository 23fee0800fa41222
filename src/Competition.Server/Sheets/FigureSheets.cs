using System.Globalization;
using Competition.Domain;
using Competition.Domain.Competitions;
using Competition.Grains.Contracts;
using Competition.Server.Imports;

namespace Competition.Server.Sheets;

/// <summary>
/// Theory-exam scores (<c>编号,成绩</c> / <c>bib,score</c>) and completion times in minutes (<c>编号,用时</c> /
/// <c>bib,minutes</c>) as the exam office and the timekeepers hand them over: a row per contestant, found by
/// bib. Every row is checked (a bib the competition has, once; a number) before anything is recorded.
/// </summary>
public static class FigureSheets
{
    public const string Theory = "theory";
    public const string CompletionTimes = "completion-times";

    public static IReadOnlyList<SheetColumn> ColumnsOf(string kind) => kind == Theory
        ? [new("bib", true, "编号"), new("score", true, "成绩"), new("name", false, "姓名")]
        : [new("bib", true, "编号"), new("minutes", true, "用时"), new("name", false, "姓名")];

    /// <summary>The figures by contestant, or every bad row (the header as row 1) with its reasons.</summary>
    public static Outcome<IReadOnlyList<ContestantFigure>> Read(
        SheetTable table, string kind, IReadOnlyList<ContestantView> contestants)
    {
        var byBib = contestants.ToDictionary(c => c.Bib, StringComparer.Ordinal);
        var valueColumn = kind == Theory ? "score" : "minutes";
        var seen = new Dictionary<long, int>();
        var figures = new List<ContestantFigure>();
        var problems = new List<RowProblem>();
        foreach (var row in table.Rows)
        {
            var reasons = new List<string>();
            if (!byBib.TryGetValue(row["bib"], out var contestant))
            {
                reasons.Add($"编号：本竞赛没有编号为“{row["bib"]}”的选手。");
            }
            else if (seen.TryGetValue(contestant.Id, out var first))
            {
                reasons.Add($"编号：与第 {first} 行是同一选手。");
            }
            if (!decimal.TryParse(row[valueColumn], NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
            {
                reasons.Add(kind == Theory ? "成绩：应为数，如 86.5。" : "用时：应为分钟数，如 95。");
            }
            if (reasons.Count > 0)
            {
                problems.Add(new RowProblem(row.Line, reasons));
                continue;
            }
            seen[contestant!.Id] = row.Line;
            figures.Add(new ContestantFigure(contestant.Id, value));
        }
        var header = RegistrationSheets.HeaderReasons(table, ColumnsOf(kind));
        return header.Count > 0 || problems.Count > 0 ? RegistrationSheets.RowsRefused(header, problems) : figures;
    }
}
