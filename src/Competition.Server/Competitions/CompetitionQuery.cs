namespace Competition.Server.Competitions;

/// <summary>The competition list's filters, all optional: <c>year</c> (held in it), <c>status</c> (one, or
/// several separated by commas), <c>level</c>, <c>industry</c>, <c>organization</c> (that organisation and
/// those under it), <c>q</c> (in the name or occupation), <c>on</c> (held that day: yyyy-MM-dd or
/// <c>today</c> in the platform's time zone; a competition without days counts as held any day),
/// <c>archived=false</c> (leave archived ones out), paged by <c>page</c> (from 1) and <c>pageSize</c>
/// (default 100, at most 500).</summary>
/// <remarks>Properties rather than a positional record: the request delegate generator binds those.</remarks>
public sealed class CompetitionQuery
{
    public int? Year { get; init; }
    public string? Status { get; init; }
    public string? Level { get; init; }
    public string? Industry { get; init; }
    public long? Organization { get; init; }
    public string? Q { get; init; }
    public string? On { get; init; }
    public bool? Archived { get; init; }
    public int? Page { get; init; }
    public int? PageSize { get; init; }
}
