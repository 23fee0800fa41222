using Competition.Domain.Rules;

namespace Competition.Domain.Wages;

/// <summary>An agreement as the report costs it: each level's floor and allowance, and the one-off bonus per competition award.</summary>
public sealed record Proposal(IReadOnlyList<LevelFloor> Floors, IReadOnlyDictionary<Award, decimal> CompetitionBonuses);
