namespace Competition.Server.Apis.Models;

/// <summary>The competition list's filters, all optional: <c>year</c> (of its first day, else of its
/// creation), <c>status</c>, <c>level</c>, <c>industry</c>, <c>organization</c> (that organisation and
/// those under it), <c>q</c> (in the name or occupation), <c>on</c> (held on that day), <c>archived</c>
/// (include archived ones; default true unless a status is given), paged by <c>page</c> (from 1) and
/// <c>pageSize</c> (default 100, at most 500).</summary>
public sealed record CompetitionQuery(
    int? Year, string? Status, string? Level, string? Industry, long? Organization, string? Q, DateOnly? On, bool? Archived,
    int? Page, int? PageSize);
