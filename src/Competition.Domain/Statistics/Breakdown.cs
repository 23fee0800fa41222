namespace Competition.Domain.Statistics;

/// <summary>One line of a table of figures: what it counts (<see cref="Key"/>: a level, an industry, a district, an
/// award…; "" where the record does not say) with a readable <see cref="Label"/> where the key is a code, and the figure.</summary>
public sealed record Breakdown(string Key, string? Label, Figure Figure)
{
    /// <summary>Lines for every key either year has, largest first (then by key), so a key that fell to 0 still shows.</summary>
    public static IReadOnlyList<Breakdown> Of<T>(IEnumerable<T> current, IEnumerable<T> previous, Func<T, string> key, Func<T, string?>? label = null)
    {
        var labels = new Dictionary<string, string?>();
        Dictionary<string, long> Counts(IEnumerable<T> rows) => rows.GroupBy(key).ToDictionary(g => g.Key, g =>
        {
            labels.TryAdd(g.Key, label?.Invoke(g.First()));
            return (long)g.Count();
        });
        var (now, before) = (Counts(current), Counts(previous));
        return now.Keys.Union(before.Keys)
            .Select(k => new Breakdown(k, labels[k], new Figure(now.GetValueOrDefault(k), before.GetValueOrDefault(k))))
            .OrderByDescending(b => b.Figure.Value).ThenBy(b => b.Key, StringComparer.Ordinal).ToList();
    }

    /// <summary>An enum value as the API names it (camelCase); "" for none.</summary>
    public static string KeyOf<TEnum>(TEnum? value) where TEnum : struct, Enum =>
        value?.ToString() is { } name ? char.ToLowerInvariant(name[0]) + name[1..] : "";
}
