using MiniExcelLibs;

namespace Competition.Server.Imports;

/// <summary>
/// Every CSV the platform writes. Names and reasons come from the public (a contestant, an employer, an
/// enterprise), and a spreadsheet program runs a cell that starts with <c>=</c>, <c>+</c>, <c>-</c>,
/// <c>@</c>, a tab or a carriage return as a formula: such text cells are written with a leading
/// apostrophe, which Excel and WPS show as plain text (OWASP's advice for CSV injection). Numbers stay
/// numbers. UTF-8 with a byte-order mark, which spreadsheet programs need to read Chinese.
/// </summary>
public static class CsvExport
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>The rows as CSV; the first row's keys are the header, so every row has every column.</summary>
    public static byte[] Write(IEnumerable<Dictionary<string, object?>> rows)
    {
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, rows.Select(Neutralised).ToList(), excelType: ExcelType.CSV);
        return stream.ToArray();
    }

    /// <summary>Text that a spreadsheet would run as a formula, as inert text.</summary>
    public static string Inert(string text) => text.Length > 0 && FormulaStarts.Contains(text[0]) ? "'" + text : text;

    private static Dictionary<string, object?> Neutralised(Dictionary<string, object?> row) =>
        row.ToDictionary(cell => Inert(cell.Key), cell => cell.Value is string text ? Inert(text) : cell.Value);
}
