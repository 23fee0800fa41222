using Competition.Domain.Rules;

namespace Competition.Server.Apis.Models;

/// <summary>How many of an award the enterprise's workers are expected to win in a year.</summary>
public sealed record AwardCount(Award Award, int Count);
