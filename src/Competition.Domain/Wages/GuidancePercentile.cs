namespace Competition.Domain.Wages;

/// <summary>A percentile a wage guidance table publishes: P10 (低位数), P25, P50 (中位数), P75, P90 (高位数).</summary>
public enum GuidancePercentile
{
    P10,
    P25,
    P50,
    P75,
    P90,
}
