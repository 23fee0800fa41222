using Competition.Domain.Wages;

namespace Competition.Server.Bargaining;

/// <summary>An enterprise's imported pay by level, and the region, year and occupation it is compared in.</summary>
public sealed record PaySurveyView(long Id, string Enterprise, string Region, int Year, string OccupationCode, IReadOnlyList<PayBand> Bands);
