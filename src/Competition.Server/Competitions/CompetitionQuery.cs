namespace Competition.Server.Competitions;

/// <summary>The competition list's filters, all optional: <c>year</c> (held in it), <c>status</c> (one, or
/// several separated by commas), <c>level</c>, <c>industry</c>, <c>organization</c> (that organisation and
/// those under it), <c>q</c> (in the name or occupation), <c>on</c> (held that day: yyyy-MM-dd or
/// <c>today</c> in the platform's time zone; a competition without days counts as held any day),
/// <c>archived=false</c> (leave archived ones out), paged by <c>page</c> (from 1) and <c>pageSize</c>
/// (default 100, at most 500).</summary>
public sealed record CompetitionQuery(
    int? Year, string? Status, string? Level, string? Industry, long? Organization, string? Q, string? On, bool? Archived,
    int? Page, int? PageSize);
