using Competition.Domain.Wages;

namespace Competition.Server.Agreements;

/// <summary>
/// An agreement's reference wage taken from published guidance: a percentile (e.g. <c>p10</c>, the local
/// 低位数) of the no-certificate row for an occupation in the agreement's region and a year, as a monthly figure.
/// </summary>
public sealed record GuidanceReference(GuidancePercentile Percentile, string OccupationCode, int Year);
