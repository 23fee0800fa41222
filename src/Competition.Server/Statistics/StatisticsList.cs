namespace Competition.Server.Statistics;

/// <summary>The rows one figure (or one table line) counts, for the period alone.</summary>
public sealed record StatisticsList(string List, string? By, string? Key, int Count, IReadOnlyList<object> Rows);
