namespace Competition.Domain.Wages;

/// <summary>
/// An agreement's yearly cost against the labour-cost capacity stated for it: per level (raises to the
/// floor and allowances), the competition bonuses for the awards expected in a year, and the total.
/// </summary>
/// <param name="ShareOfCapacity">Total ÷ capacity, to four places; null without a capacity.</param>
public sealed record ProposalCost(IReadOnlyList<LevelCost> Levels, decimal AnnualBonuses, decimal AnnualTotal, decimal? Capacity, decimal? ShareOfCapacity)
{
    public bool WithinCapacity => Capacity is not { } capacity || AnnualTotal <= capacity;
}
