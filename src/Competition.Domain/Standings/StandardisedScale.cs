using Competition.Domain.Marking;

namespace Competition.Domain.Standings;

/// <summary>
/// The WorldSkills-style standardised score: 700 + 30 · (raw − median) / (1.4826 · MAD), bounded to
/// 0..1000 and rounded to a whole number, so the median contestant scores 700 and most fall in 600..800.
/// </summary>
public static class StandardisedScale
{
    public const int Median = 700;
    public const int Spread = 30;

    /// <summary>Scores each total against the field it belongs to.</summary>
    public static IReadOnlyDictionary<long, int> Compute(IReadOnlyCollection<(long ContestantId, decimal Total)> field)
    {
        if (field.Count == 0)
        {
            return new Dictionary<long, int>();
        }
        var totals = field.Select(f => f.Total).ToArray();
        var median = Aggregations.Median(totals);
        var deviations = totals.Select(t => Math.Abs(t - median)).ToArray();
        // With more than half the field on the median the MAD is zero; the mean deviation still tells them apart.
        var spread = Aggregations.Median(deviations) is > 0 and var mad ? mad : Aggregations.Mean(deviations);
        return field.ToDictionary(f => f.ContestantId, f => spread == 0
            ? Median
            : (int)Math.Clamp(Math.Round(Median + Spread * (f.Total - median) / (1.4826m * spread), MidpointRounding.AwayFromZero), 0, 1000));
    }
}
