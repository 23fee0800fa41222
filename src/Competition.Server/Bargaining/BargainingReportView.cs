using Competition.Domain.Wages;
using Competition.Server.Agreements;

namespace Competition.Server.Bargaining;

/// <summary>
/// The bargaining report: the pay, the proposals compared (in the order asked), the guidance rows used,
/// the competition awards expected in a year (what the bonuses are costed on), and the figures.
/// </summary>
public sealed record BargainingReportView(
    PaySurveyView Survey, IReadOnlyList<AgreementView> Proposals, IReadOnlyList<WageGuidanceRow> Guidance,
    IReadOnlyList<AwardCount> ExpectedAwards, BargainingReport Report);
