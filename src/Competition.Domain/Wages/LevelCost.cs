using Competition.Domain.Certification;

namespace Competition.Domain.Wages;

/// <summary>
/// What an agreement costs at one level per year: raising everyone below the floor to it, and the skill
/// allowance for everyone of the level.
/// </summary>
public sealed record LevelCost(SkillLevel? Level, int Headcount, int BelowFloor, decimal AnnualRaise, decimal AnnualAllowance)
{
    public decimal AnnualTotal => AnnualRaise + AnnualAllowance;
}
