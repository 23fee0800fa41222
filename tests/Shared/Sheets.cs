using System.Text;
using Competition.Domain.Certification;
using MiniExcelLibs;

namespace Competition.Testing;

/// <summary>Spreadsheets as Chinese offices save them: .xlsx workbooks, CSV in UTF-8 (with a BOM, as Excel's
/// "CSV UTF-8" writes it) and CSV in GB18030 (Excel's and WPS's default on Chinese Windows).</summary>
public static class Sheets
{
    static Sheets() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>A workbook whose first sheet has these columns and rows (cells as text).</summary>
    public static byte[] Xlsx(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object>> rows)
    {
        var table = new System.Data.DataTable("sheet");
        foreach (var column in header)
        {
            table.Columns.Add(column, typeof(object));
        }
        foreach (var row in rows)
        {
            table.Rows.Add([.. row]);
        }
        using var stream = new MemoryStream();
        stream.SaveAs(table, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    public static byte[] Gb18030Csv(string text) => Encoding.GetEncoding("GB18030").GetBytes(text);

    public static byte[] Utf8CsvWithBom(string text) => [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(text)];

    /// <summary>A valid national ID (correct check character) for the n-th made-up person.</summary>
    public static string NationalId(int n) => NationalIds.Complete($"421302{1980 + n % 20}{1 + n % 12:00}{1 + n % 28:00}{n % 1000:000}");

    /// <summary>Reads a workbook's first sheet back: header and rows as text.</summary>
    public static (IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows) ReadXlsx(byte[] workbook)
    {
        using var stream = new MemoryStream(workbook);
        var rows = stream.Query(useHeaderRow: false, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>()
            .Select(r => (IReadOnlyList<string>)r.Values.Select(v => v?.ToString() ?? "").ToList()).ToList();
        return (rows[0], rows.Skip(1).ToList());
    }
}
