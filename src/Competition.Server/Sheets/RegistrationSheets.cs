using Competition.Domain;
using Competition.Domain.Registration;
using Competition.Server.Imports;

namespace Competition.Server.Sheets;

/// <summary>
/// The registration sheets nominating units fill in: contestants <c>编号,姓名,单位,身份证号,列外</c> and
/// judges <c>姓名,单位,总裁判</c> (English headers <c>bib,name,employer,nationalId,outOfRanking</c> and
/// <c>name,employer,isChief</c> too). Only name and employer must be there; an empty bib is numbered by
/// the platform.
/// </summary>
public static class RegistrationSheets
{
    public const int MaximumRows = 5_000;
    public const string Contestants = "contestants";
    public const string Judges = "judges";

    public static readonly IReadOnlyList<SheetColumn> ContestantColumns =
    [
        new("bib", false, "编号"), new("name", true, "姓名"), new("employer", true, "单位"),
        new("nationalId", false, "身份证号"), new("outOfRanking", false, "列外"),
    ];

    public static readonly IReadOnlyList<SheetColumn> JudgeColumns =
        [new("name", true, "姓名"), new("employer", true, "单位"), new("isChief", false, "总裁判")];

    public static IReadOnlyList<SheetColumn> ColumnsOf(string kind) => kind == Judges ? JudgeColumns : ContestantColumns;

    public static IReadOnlyList<ContestantEntry> ContestantEntries(SheetTable table) =>
        table.Rows.Select(r => new ContestantEntry(r.Line, r["bib"], r["name"], r["employer"], r["nationalId"], r["outOfRanking"])).ToList();

    public static IReadOnlyList<JudgeEntry> JudgeEntries(SheetTable table) =>
        table.Rows.Select(r => new JudgeEntry(r.Line, r["name"], r["employer"], r["isChief"])).ToList();

    /// <summary>Header columns no importer column matches: a row-1 problem, as the office sees it in Excel.</summary>
    public static IReadOnlyList<string> HeaderReasons(SheetTable table, IReadOnlyList<SheetColumn> columns) =>
        table.UnknownColumns.Select(c =>
            $"表头：不认识的列“{c}”；可用的列为 {string.Join("、", columns.Select(k => k.Aliases.FirstOrDefault() ?? k.Name))}。").ToList();

    /// <summary>The code of a registration or figure sheet that cannot be read at all.</summary>
    public const string Unreadable = "registration.unreadable";

    /// <summary>A sheet refused for its header (as row 1) and its bad rows: nothing of it is saved.</summary>
    public static DomainError RowsRefused(IReadOnlyList<string> header, IReadOnlyList<RowProblem> problems)
    {
        IReadOnlyList<RowProblem> rows = header.Count > 0 ? [new RowProblem(1, header), .. problems] : problems;
        return DomainError.RowsRefused("registration.invalid-rows", $"{rows.Count} rows cannot be taken; nothing was saved.", rows);
    }
}
