using System.Globalization;
using Competition.Domain;
using Competition.Domain.Certification;
using Competition.Domain.Wages;
using Competition.Server.Imports;
using Competition.Server.WageGuidance;

namespace Competition.Server.Bargaining;

/// <summary>
/// Reads an enterprise's anonymised pay (CSV, UTF-8) headed <c>level,monthlyPay,headcount</c>: one band
/// per row, <c>level</c> 无证书 (<c>none</c>) or a rung. Every bad row is reported, in Chinese, before anything is stored.
/// </summary>
public static class PayCsv
{
    public const int MaximumRows = 5_000;
    public static readonly IReadOnlyList<string> Columns = ["level", "monthlyPay", "headcount"];

    /// <summary>The pay bands; or the bad rows with their reasons, or why the file as a whole cannot be read.</summary>
    public static Outcome<IReadOnlyList<PayBand>> Read(byte[] file) =>
        SpreadsheetTable.ReadChecked(file, SheetColumn.Of(Columns, Columns), MaximumRows, "pay.unreadable", Check,
            (problems, _) => DomainError.RowsRefused("pay.invalid-rows", $"{problems.Count} rows cannot be imported; nothing was imported.", problems));

    private static (PayBand? Band, List<string> Reasons) Check(SheetRow record)
    {
        var reasons = new List<string>();
        var level = SkillLadder.Parse(record["level"]);
        if (level is null && !WageGuidanceCsv.IsNoCertificate(record["level"]))
        {
            reasons.Add("level：等级为无证书或学徒工、初级工、中级工、高级工、技师、高级技师、特级技师、首席技师。");
        }
        if (!decimal.TryParse(record["monthlyPay"], NumberStyles.Number, CultureInfo.InvariantCulture, out var pay) || pay < 0 || pay > 1_000_000m)
        {
            reasons.Add("monthlyPay：月工资应为 0–1,000,000 元。");
        }
        if (!int.TryParse(record["headcount"], NumberStyles.None, CultureInfo.InvariantCulture, out var headcount) || headcount is < 1 or > 1_000_000)
        {
            reasons.Add("headcount：人数为正整数。");
        }
        return (reasons.Count == 0 ? new PayBand(level, pay, headcount) : null, reasons);
    }
}
