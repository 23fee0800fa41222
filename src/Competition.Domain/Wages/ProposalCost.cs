namespace Competition.Domain.Wages;

/// <summary>An agreement's yearly cost, per level and in total, against the labour-cost capacity stated for it.</summary>
/// <param name="ShareOfCapacity">Total ÷ capacity, to four places; null without a capacity.</param>
public sealed record ProposalCost(IReadOnlyList<LevelCost> Levels, decimal AnnualTotal, decimal? Capacity, decimal? ShareOfCapacity)
{
    public bool WithinCapacity => Capacity is not { } capacity || AnnualTotal <= capacity;
}
