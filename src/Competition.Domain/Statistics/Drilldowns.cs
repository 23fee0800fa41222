using Competition.Domain.Certification;

namespace Competition.Domain.Statistics;

/// <summary>
/// The lists behind the figures: each figure of <see cref="YearInNumbers"/> counts the rows of one list, and each
/// table line the rows of its list whose key (<c>by</c>) is the line's. The keys here are the ones the tables use.
/// </summary>
public static class Drilldowns
{
    public static readonly IReadOnlyDictionary<string, Func<HeldCompetition, string>> CompetitionKeys = new Dictionary<string, Func<HeldCompetition, string>>
    {
        ["level"] = c => Breakdown.KeyOf(c.Level),
        ["industry"] = c => c.Industry ?? "",
        ["district"] = c => c.District ?? "",
    };

    public static readonly IReadOnlyDictionary<string, Func<CompetitionEntry, string>> EntryKeys = new Dictionary<string, Func<CompetitionEntry, string>>
    {
        ["award"] = e => Breakdown.KeyOf(e.Award),
        ["title"] = e => e.Title ?? "",
    };

    public static readonly IReadOnlyDictionary<string, Func<DecidedAssessment, string>> AssessmentKeys = new Dictionary<string, Func<DecidedAssessment, string>>
    {
        ["route"] = a => Breakdown.KeyOf<AssessmentRoute>(a.Route),
    };

    public static readonly IReadOnlyDictionary<string, Func<IssuedCertificate, string>> CertificateKeys = new Dictionary<string, Func<IssuedCertificate, string>>
    {
        ["level"] = c => Breakdown.KeyOf<SkillLevel>(c.Level),
        ["occupation"] = c => c.OccupationCode,
    };

    /// <summary>The lists by name, as the API serves them.</summary>
    public static readonly IReadOnlyList<string> Lists =
        ["competitions", "participations", "judges", "awards", "titles", "promotions", "assessments", "certificates", "renewals", "revocations",
            "agreements-signed", "agreements-in-force"];
}
