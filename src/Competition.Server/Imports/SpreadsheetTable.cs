using System.Globalization;
using System.Text;
using Competition.Domain;
using MiniExcelLibs;

namespace Competition.Server.Imports;

/// <summary>
/// Reads what Chinese offices upload: an Excel workbook (.xlsx, its first sheet) or a CSV file in UTF-8
/// (with or without a byte-order mark) or in GB18030/GBK, which Excel and WPS write by default on Chinese
/// Windows. The first row is the header; columns are found by name or alias (Chinese or English headers).
/// The file as a whole is refused when unreadable, empty, too long or lacking a required column; each
/// importer then checks its rows and reports every bad one before anything is stored. Every importer of
/// the platform reads through here.
/// </summary>
public static class SpreadsheetTable
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>GB18030 that refuses bytes it cannot read instead of putting U+FFFD in their place.</summary>
    private static readonly Encoding StrictGb18030 = Gb18030();

    /// <summary>What a decoder puts where it could not read a character: its presence means garbled text.</summary>
    private const char Replacement = '\uFFFD';

    /// <summary>The rows (the first is spreadsheet row 2) and the header's columns nobody asked for; or why the
    /// file cannot be imported at all, under the importer's own <paramref name="unreadable"/> code.</summary>
    public static Outcome<SheetTable> Read(byte[] file, IReadOnlyList<SheetColumn> columns, int maximumRows, string unreadable)
    {
        DomainError Refused(string message) => new(ErrorKind.Invalid, unreadable, message);
        List<IDictionary<string, object?>> records;
        try
        {
            using var stream = IsWorkbook(file) ? new MemoryStream(file) : new MemoryStream(Encoding.UTF8.GetBytes(DecodeText(file)));
            records = MiniExcel.Query(stream, useHeaderRow: true, excelType: IsWorkbook(file) ? ExcelType.XLSX : ExcelType.CSV)
                .Cast<IDictionary<string, object?>>()
                .Where(record => record.Values.Any(value => Text(value).Length > 0))
                .Take(maximumRows + 1).ToList();
        }
        catch (DecoderFallbackException)
        {
            return Refused("The file is text in neither UTF-8 nor GB18030 (GBK): save it again as one of them, or as an .xlsx workbook.");
        }
        catch (Exception error) when (error is InvalidDataException or FormatException or InvalidOperationException or ArgumentException
                                          or System.Xml.XmlException or IOException or NotSupportedException or KeyNotFoundException)
        {
            return Refused("The file is neither a readable .xlsx workbook nor readable CSV: " + error.Message);
        }
        if (records.Count == 0)
        {
            return Refused("The file has no rows under its header.");
        }
        if (records.Count > maximumRows)
        {
            return Refused($"At most {maximumRows} rows are taken at once.");
        }
        var header = records[0].Keys.ToList();
        var found = columns.ToDictionary(c => c.Name, c => header.FirstOrDefault(h => c.Matches(h)));
        var missing = columns.Where(c => c.Required && found[c.Name] is null).Select(c => c.Name).ToList();
        if (missing.Count > 0)
        {
            return Refused($"The header lacks {string.Join(", ", missing)}; the columns are {string.Join(",", columns.Select(c => c.Name))}.");
        }
        var unknown = header.Where(h => columns.All(c => !c.Matches(h)) && !IsBlankHeader(h)).ToList();
        var rows = records.Select((record, i) => new SheetRow(i + 2,
            found.Where(f => f.Value is not null).ToDictionary(f => f.Key, f => Text(record[f.Value!])))).ToList();
        // Text garbled before it reached us (decoded with the wrong encoding somewhere) is refused, never stored.
        var garbled = rows.Where(r => r.Values.Any(v => v.Contains(Replacement)))
            .Select(r => new RowProblem(r.Line, ["This row holds characters that were lost to a wrong encoding (U+FFFD): save the file again as UTF-8 or GB18030."]))
            .ToList();
        if (garbled.Count > 0)
        {
            return new DomainError(ErrorKind.Invalid, unreadable, $"{garbled.Count} row(s) hold garbled text; nothing was imported.", garbled);
        }
        return new SheetTable(rows, unknown);
    }

    /// <summary>
    /// Reads a sheet and checks every row, all or nothing: the rows' values; or every bad row with all its
    /// reasons (a row whose <paramref name="key"/> an earlier good row has is a duplicate of it), refused
    /// as a whole by <paramref name="refuse"/> (given the bad rows and how many were good).
    /// </summary>
    public static Outcome<IReadOnlyList<T>> ReadChecked<T>(
        byte[] file, IReadOnlyList<SheetColumn> columns, int maximumRows, string unreadable,
        Func<SheetRow, (T? Value, List<string> Reasons)> check, Func<IReadOnlyList<RowProblem>, int, DomainError> refuse,
        Func<T, object>? key = null, Func<int, string>? duplicateOf = null) where T : class
    {
        var table = Read(file, columns, maximumRows, unreadable);
        if (table.Error is { } refused)
        {
            return refused;
        }
        var values = new List<T>();
        var problems = new List<RowProblem>();
        var seen = new Dictionary<object, int>();
        foreach (var row in table.Value!.Rows)
        {
            var (value, reasons) = check(row);
            if (value is not null && key is not null && seen.TryGetValue(key(value), out var first))
            {
                reasons.Add(duplicateOf!(first));
            }
            if (reasons.Count > 0)
            {
                problems.Add(new RowProblem(row.Line, reasons));
                continue;
            }
            if (key is not null)
            {
                seen[key(value!)] = row.Line;
            }
            values.Add(value!);
        }
        return problems.Count > 0 ? refuse(problems, values.Count) : values;
    }

    /// <summary>.NET has GB18030 only through the code-page provider, registered first.</summary>
    private static Encoding Gb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    /// <summary>An .xlsx file is a ZIP archive.</summary>
    private static bool IsWorkbook(byte[] file) => file is [0x50, 0x4B, 0x03, 0x04, ..];

    /// <summary>UTF-8 when the bytes are valid UTF-8 (a Chinese GB18030 text practically never is), else GB18030.</summary>
    private static string DecodeText(byte[] file)
    {
        var bytes = file.AsSpan();
        if (bytes.StartsWith(Encoding.UTF8.Preamble))
        {
            return Encoding.UTF8.GetString(bytes[Encoding.UTF8.Preamble.Length..]);
        }
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return StrictGb18030.GetString(bytes);
        }
    }

    /// <summary>A cell as the importers read it: text, trimmed; whole numbers without decimals (Excel
    /// keeps a typed-in bib 7 as the number 7.0); dates as yyyy-MM-dd.</summary>
    private static string Text(object? value) => value switch
    {
        null => "",
        double d when d == Math.Floor(d) && Math.Abs(d) < 1e15 => d.ToString("0", CultureInfo.InvariantCulture),
        double d => d.ToString(CultureInfo.InvariantCulture),
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        DateTime date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        _ => value.ToString()?.Trim() ?? "",
    };

    /// <summary>Workbooks name untitled columns A, B, …; CSV files from Excel may end the header with an empty column.</summary>
    private static bool IsBlankHeader(string header) => header.Trim().Length == 0;
}

/// <summary>A column an importer reads: its name (the English header), whether it must be there, and the
/// other headers it goes by (the Chinese one of the template).</summary>
public sealed record SheetColumn(string Name, bool Required, params string[] Aliases)
{
    public bool Matches(string header)
    {
        var name = header.Trim().TrimStart('\uFEFF');
        return string.Equals(name, Name, StringComparison.OrdinalIgnoreCase) || Aliases.Any(a => string.Equals(name, a, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The same columns, each required or not as listed.</summary>
    public static IReadOnlyList<SheetColumn> Of(IReadOnlyList<string> names, IReadOnlyList<string> required) =>
        names.Select(n => new SheetColumn(n, required.Contains(n))).ToList();
}

/// <summary>What a spreadsheet held: its rows and the header columns that no importer column matches.</summary>
public sealed record SheetTable(IReadOnlyList<SheetRow> Rows, IReadOnlyList<string> UnknownColumns);

/// <summary>One row: its number as the spreadsheet shows it (the header is row 1) and its cells by column
/// name, "" when empty or absent.</summary>
public sealed class SheetRow(int line, IReadOnlyDictionary<string, string> cells)
{
    public int Line { get; } = line;

    public IEnumerable<string> Values => cells.Values;

    public string this[string column] => cells.TryGetValue(column, out var value) ? value : "";
}
