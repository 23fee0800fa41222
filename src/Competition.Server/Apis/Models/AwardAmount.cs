using Competition.Domain.Rules;

namespace Competition.Server.Apis.Models;

/// <summary>A one-off amount in yuan for a competition award (a competition bonus).</summary>
public sealed record AwardAmount(Award Award, decimal Amount);
