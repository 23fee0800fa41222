using Competition.Domain.Certification;

namespace Competition.Domain.Wages;

/// <summary>A level's monthly floor and skill allowance under an agreement; null level: no certificate.</summary>
public sealed record LevelFloor(SkillLevel? Level, decimal MonthlyFloor, decimal MonthlyAllowance)
{
    /// <summary>What a worker of this level is guaranteed each month: the floor plus the allowance.</summary>
    public decimal MonthlyMinimum => MonthlyFloor + MonthlyAllowance;
}
