namespace Competition.Domain.Statistics;

/// <summary>A count for the period and for the same days a year earlier, with the change between them.</summary>
public sealed record Figure(long Value, long Previous)
{
    public long Change => Value - Previous;

    /// <summary>The change as a share of last year's figure (0.25 = +25 %); null when last year's was 0.</summary>
    public decimal? ChangeRate => Previous == 0 ? null : Math.Round((decimal)(Value - Previous) / Previous, 4);
}
