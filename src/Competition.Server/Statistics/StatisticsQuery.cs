using Competition.Domain;
using Competition.Domain.Statistics;

namespace Competition.Server.Statistics;

/// <summary>The statistics' parameters, all optional: <c>from</c> and <c>to</c> (yyyy-MM-dd, both or neither; default
/// the current calendar year), <c>organization</c> (default the caller's; its whole subtree is counted). The
/// lists also take <c>by</c> and <c>key</c>: only the rows of one table line.</summary>
/// <remarks>Properties rather than a positional record: the request delegate generator binds those.</remarks>
public sealed class StatisticsQuery
{
    public string? From { get; init; }
    public string? To { get; init; }
    public long? Organization { get; init; }
    public string? By { get; init; }
    public string? Key { get; init; }

    /// <summary>The period asked for, checked; <paramref name="today"/> (the platform's) names the default year.</summary>
    public Outcome<ReportingPeriod> Period(DateOnly today)
    {
        if (string.IsNullOrEmpty(From) && string.IsNullOrEmpty(To))
        {
            return ReportingPeriod.Year(today.Year);
        }
        if (!DateOnly.TryParseExact(From, "yyyy-MM-dd", out var from) || !DateOnly.TryParseExact(To, "yyyy-MM-dd", out var to))
        {
            return new DomainError(ErrorKind.Invalid, "statistics.invalid-period", "from and to are dates (yyyy-MM-dd), both given or neither.");
        }
        var period = new ReportingPeriod(from, to);
        return period.Check() is { } refused ? refused : period;
    }
}
