namespace Competition.Domain.Standings;

/// <summary>Standard competition ranking ("1224"): tied entries share a rank, the next rank skips.</summary>
public static class Ranking
{
    /// <summary>Ranks entries that are already sorted best first.</summary>
    /// <param name="sorted">Entries, best first.</param>
    /// <param name="tied">Whether two neighbouring entries are tied.</param>
    /// <returns>The rank of each entry, in the same order.</returns>
    public static int[] Standard<T>(IReadOnlyList<T> sorted, Func<T, T, bool> tied)
    {
        var ranks = new int[sorted.Count];
        for (var i = 0; i < sorted.Count; i++)
        {
            ranks[i] = i > 0 && tied(sorted[i - 1], sorted[i]) ? ranks[i - 1] : i + 1;
        }
        return ranks;
    }
}
