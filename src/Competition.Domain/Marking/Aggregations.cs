namespace Competition.Domain.Marking;

/// <summary>Mean, median and trimmed mean of a panel's marks.</summary>
public static class Aggregations
{
    public static decimal Mean(IReadOnlyCollection<decimal> values) => values.Count == 0 ? 0m : values.Sum() / values.Count;

    public static decimal Median(IReadOnlyCollection<decimal> values)
    {
        if (values.Count == 0)
        {
            return 0m;
        }
        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>Drops the <paramref name="trim"/> highest and lowest marks and averages the rest; with too
    /// few marks to drop that many, the median stands in.</summary>
    public static decimal TrimmedMean(IReadOnlyCollection<decimal> values, int trim)
    {
        if (trim <= 0)
        {
            return Mean(values);
        }
        if (values.Count <= 2 * trim)
        {
            return Median(values);
        }
        return Mean(values.Order().Skip(trim).Take(values.Count - 2 * trim).ToArray());
    }

    /// <summary>The usual trim: one from each end once five or more judges mark (WorldSkills, figure skating).</summary>
    public static int DefaultTrim(int judges) => judges >= 5 ? 1 : 0;
}
