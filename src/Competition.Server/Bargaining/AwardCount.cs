using Competition.Domain.Rules;

namespace Competition.Server.Bargaining;

/// <summary>How many of an award the enterprise's workers are expected to win in a year.</summary>
public sealed record AwardCount(Award Award, int Count);
