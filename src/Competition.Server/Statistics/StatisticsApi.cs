using System.Security.Claims;
using Competition.Domain;
using Competition.Domain.Statistics;
using Competition.Server.Auth;
using Competition.Server.Hosting;
using Competition.Server.Problems;
using Competition.Server.Security;
using Competition.Server.Sheets;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Competition.Server.Statistics;

/// <summary>
/// The federation's year in numbers: competitions, certification and wage agreements of an organisation and
/// everything under it, each figure with the same days a year earlier; as JSON, as a workbook, and the list
/// behind each figure. For administrators, organizers and negotiators, each within their own organisation.
/// </summary>
public static class StatisticsApi
{
    public static IEndpointRouteBuilder MapStatisticsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Statistics")
            .RequireAuthorization(p => p.RequireRole(Roles.Administrator, Roles.Organizer, Roles.Negotiator));
        group.MapGet("/statistics", GetAsync).WithSummary("The statistics of a period (from, to: yyyy-MM-dd; default this year) for an organisation and all below it.");
        group.MapGet("/statistics.xlsx", WorkbookAsync).ProducesFile(SheetsApi.XlsxType).WithSummary("The same statistics as an Excel workbook, a sheet per table.");
        group.MapGet("/statistics/lists/{list}", ListAsync).WithSummary("The rows a figure counts (a table line's with by and key), for the period alone.");
        return app;
    }

    public static async Task<Results<Ok<StatisticsView>, ProblemHttpResult>> GetAsync(
        [AsParameters] StatisticsQuery query, ClaimsPrincipal user, FederationStatistics statistics, PlatformCalendar calendar, CancellationToken cancellationToken)
    {
        var asked = await ScopedAsync(query, user, statistics, calendar, cancellationToken);
        return asked.Error is { } refused
            ? refused.ToProblem()
            : TypedResults.Ok(await statistics.CountAsync(asked.Value.Organization, asked.Value.Period, cancellationToken));
    }

    public static async Task<IResult> WorkbookAsync(
        [AsParameters] StatisticsQuery query, ClaimsPrincipal user, FederationStatistics statistics, PlatformCalendar calendar, CancellationToken cancellationToken)
    {
        var asked = await ScopedAsync(query, user, statistics, calendar, cancellationToken);
        if (asked.Error is { } refused)
        {
            return refused.ToProblem();
        }
        var view = await statistics.CountAsync(asked.Value.Organization, asked.Value.Period, cancellationToken);
        var period = asked.Value.Period;
        return TypedResults.File(StatisticsWorkbook.Write(view), SheetsApi.XlsxType, $"statistics-{view.OrganizationId}-{period.From:yyyyMMdd}-{period.To:yyyyMMdd}.xlsx");
    }

    public static async Task<Results<Ok<StatisticsList>, ProblemHttpResult>> ListAsync(
        string list, [AsParameters] StatisticsQuery query, ClaimsPrincipal user, FederationStatistics statistics, PlatformCalendar calendar,
        CancellationToken cancellationToken)
    {
        var asked = await ScopedAsync(query, user, statistics, calendar, cancellationToken);
        if (asked.Error is { } refused)
        {
            return refused.ToProblem();
        }
        var facts = await statistics.FactsAsync(asked.Value.Organization, asked.Value.Period, cancellationToken);
        var rows = StatisticsLists.Rows(list, query.By, query.Key, facts, asked.Value.Period);
        return rows.Error is { } unknown
            ? unknown.ToProblem()
            : TypedResults.Ok(new StatisticsList(list, query.By, query.Key, rows.Value!.Count, rows.Value));
    }

    private static async Task<Outcome<(long Organization, ReportingPeriod Period)>> ScopedAsync(
        StatisticsQuery query, ClaimsPrincipal user, FederationStatistics statistics, PlatformCalendar calendar, CancellationToken cancellationToken)
    {
        var period = query.Period(calendar.Today());
        if (period.Error is { } invalid)
        {
            return invalid;
        }
        var organization = await statistics.ScopeAsync(user, query.Organization, cancellationToken);
        return organization.Error is { } outside ? outside : (organization.Value, period.Value!);
    }
}
