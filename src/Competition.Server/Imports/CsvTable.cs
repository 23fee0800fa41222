using MiniExcelLibs;

namespace Competition.Server.Imports;

/// <summary>
/// Reads an uploaded CSV (UTF-8, a header row) into rows of text by column name, refusing the file as a
/// whole when it is unreadable, empty, too long or lacks a required column. Each importer then checks
/// its rows and reports every bad one before anything is stored.
/// </summary>
public static class CsvTable
{
    /// <summary>The rows (the first is file line 2), or why the file cannot be imported at all.</summary>
    public static (IReadOnlyList<CsvRow> Rows, string? Problem) Read(Stream csv, IReadOnlyList<string> columns, IReadOnlyList<string> required, int maximumRows)
    {
        List<IDictionary<string, object?>> records;
        try
        {
            records = MiniExcel.Query(csv, useHeaderRow: true, excelType: ExcelType.CSV)
                .Cast<IDictionary<string, object?>>().Take(maximumRows + 1).ToList();
        }
        catch (Exception error) when (error is InvalidDataException or FormatException or InvalidOperationException or ArgumentException)
        {
            return ([], "The file is not readable CSV: " + error.Message);
        }
        if (records.Count == 0)
        {
            return ([], "The file has no rows under its header.");
        }
        if (records.Count > maximumRows)
        {
            return ([], $"At most {maximumRows} rows are taken at once.");
        }
        var missing = required.Where(column => !records[0].ContainsKey(column)).ToList();
        return missing.Count > 0
            ? ([], $"The header lacks {string.Join(", ", missing)}; the columns are {string.Join(",", columns)}.")
            : (records.Select((record, i) => new CsvRow(i + 2, record)).ToList(), null);
    }
}

/// <summary>One CSV row: its line number in the file and its cells, trimmed, "" when empty or absent.</summary>
public sealed class CsvRow(int line, IDictionary<string, object?> cells)
{
    public int Line { get; } = line;

    public string this[string column] => cells.TryGetValue(column, out var value) ? value?.ToString()?.Trim() ?? "" : "";
}
