using Competition.Domain.Certification;

namespace Competition.Domain.Wages;

/// <summary>An enterprise's anonymised pay: so many workers of a level (null: no certificate) at a monthly pay.</summary>
public sealed record PayBand(SkillLevel? Level, decimal MonthlyPay, int Headcount);
