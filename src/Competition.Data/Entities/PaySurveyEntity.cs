using Competition.Domain.Wages;

namespace Competition.Data.Entities;

/// <summary>An enterprise's anonymised pay by skill level, imported for bargaining; the bands as JSON (level, monthly pay, headcount).</summary>
public sealed class PaySurveyEntity
{
    public long Id { get; set; }
    public required string Enterprise { get; set; }
    /// <summary>Where the enterprise is and which year's guidance and occupation its pay is compared with.</summary>
    public required string Region { get; set; }
    public int Year { get; set; }
    public required string OccupationCode { get; set; }
    public required List<PayBand> Bands { get; set; }
    /// <summary>The organisation whose negotiator imported it: an enterprise's pay is theirs to read only.</summary>
    public required string Organization { get; set; }
    public required string ImportedBy { get; set; }
    public DateTimeOffset ImportedAt { get; set; }
}
