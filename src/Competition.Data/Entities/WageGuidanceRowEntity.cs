using Competition.Domain.Certification;
using Competition.Domain.Wages;

namespace Competition.Data.Entities;

/// <summary>A stored line of a wage guidance table (see <c>WageGuidanceRow</c>); no level: no certificate.</summary>
public sealed class WageGuidanceRowEntity
{
    public long Id { get; set; }
    public long ImportId { get; set; }
    public required string Region { get; set; }
    public int Year { get; set; }
    public required string Source { get; set; }
    public required string OccupationCode { get; set; }
    public required string OccupationEdition { get; set; }
    public required string Industry { get; set; }
    public SkillLevel? Level { get; set; }
    public decimal P10 { get; set; }
    public decimal P25 { get; set; }
    public decimal P50 { get; set; }
    public decimal P75 { get; set; }
    public decimal P90 { get; set; }
    public decimal Mean { get; set; }
    public int SampleSize { get; set; }
    public PayPeriod Unit { get; set; }

    public static WageGuidanceRowEntity From(WageGuidanceRow row) => new()
    {
        Region = row.Region, Year = row.Year, Source = row.Source, OccupationCode = row.OccupationCode,
        OccupationEdition = row.OccupationEdition, Industry = row.Industry, Level = row.Level,
        P10 = row.P10, P25 = row.P25, P50 = row.P50, P75 = row.P75, P90 = row.P90, Mean = row.Mean,
        SampleSize = row.SampleSize, Unit = row.Unit,
    };

    public WageGuidanceRow ToDomain() =>
        new(Region, Year, Source, OccupationCode, OccupationEdition, Industry, Level, P10, P25, P50, P75, P90, Mean, SampleSize, Unit);
}
