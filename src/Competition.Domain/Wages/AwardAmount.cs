using Competition.Domain.Rules;

namespace Competition.Domain.Wages;

/// <summary>A one-off amount in yuan for a competition award (a competition bonus).</summary>
public sealed record AwardAmount(Award Award, decimal Amount);
