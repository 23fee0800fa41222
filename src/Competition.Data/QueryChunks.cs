namespace Competition.Data;

/// <summary>
/// Runs a <c>Contains</c> query a chunk of keys at a time: EF Core 10 sends each value of a collection as
/// its own parameter, and SQL Server takes at most 2,100 in one command (a bulk file has 5,000 rows).
/// </summary>
public static class QueryChunks
{
    public const int Size = 500;

    public static async Task<List<T>> InChunksAsync<TKey, T>(this IEnumerable<TKey> keys, Func<TKey[], Task<List<T>>> query)
    {
        var all = new List<T>();
        foreach (var chunk in keys.Distinct().Chunk(Size))
        {
            all.AddRange(await query(chunk));
        }
        return all;
    }
}
