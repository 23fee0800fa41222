using System.Security.Claims;
using Competition.Data;
using Competition.Data.Entities;
using Competition.Domain;
using Competition.Domain.Rules;
using Competition.Domain.Wages;
using Competition.Server.Hosting;
using Competition.Server.Agreements;
using Competition.Server.Auth;
using Competition.Server.Imports;
using Competition.Server.Problems;
using Competition.Server.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Competition.Server.Bargaining;

/// <summary>
/// The bargaining report, for union negotiators and organizers: import an enterprise's anonymised pay by
/// level, then set it against the wage guidance and up to two proposed agreements, with each proposal's
/// yearly cost against a stated labour-cost capacity.
/// </summary>
public static class BargainingApi
{
    public static IEndpointRouteBuilder MapBargainingApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/bargaining").WithTags("Wage guidance")
            .RequireAuthorization(p => p.RequireRole(Roles.Negotiator, Roles.Organizer));
        group.MapPost("/surveys", ImportAsync)
            .WithSummary("Import an enterprise's pay (CSV body: level,monthlyPay,headcount) for ?enterprise=&region=&year=&occupation=.");
        group.MapGet("/surveys", ListAsync).WithSummary("The pay surveys your organisation imported, newest first.");
        group.MapGet("/surveys/{surveyId:long}/report", ReportAsync)
            .WithSummary("The pay against the guidance and the agreements in ?agreements=1,2, costed against ?capacity= (yuan a year) " +
                "with the competition awards expected in a year (?awards=gold:1,excellence:3).");
        group.MapGet("/surveys/{surveyId:long}/report.csv", ReportCsvAsync).ProducesText("text/csv").WithSummary("The same report as CSV (UTF-8 with a byte-order mark, for spreadsheets).");
        return app;
    }

    public static async Task<Results<Created<PaySurveyView>, ProblemHttpResult>> ImportAsync(
        HttpRequest http, ClaimsPrincipal user, IDbContextFactory<CompetitionDbContext> contexts, AdminAuditLog audit, TimeProvider time,
        CancellationToken cancellationToken, string? enterprise = null, string? region = null, int? year = null, string? occupation = null)
    {
        if (enterprise is not { Length: > 0 and <= 200 } || region is not { Length: > 0 and <= 100 } || year is not (>= 2000 and <= 2100)
            || !Text.IsPlainName(enterprise) || !Text.IsPlainName(region)
            || !OccupationRules.IsCode(occupation))
        {
            return ApiProblems.Create(StatusCodes.Status400BadRequest, "query.invalid",
                "Name the enterprise (≤ 200), region (≤ 100), year (2000–2100) and occupation code (e.g. 4-02-07-01) in the query.");
        }
        var read = PayCsv.Read(await Uploads.ReadAsync(http, cancellationToken));
        if (read.Error is { } refused)
        {
            return refused.ToProblem();
        }
        var bands = read.Value!;
        var survey = ToEntity(enterprise, region, year.Value, occupation!, bands, user.OrganizationOf(), user.Actor(), time.GetUtcNow());
        await using var db = contexts.CreateDbContext();
        db.PaySurveys.Add(survey);
        audit.Stage(db, user.Actor(), "pay-survey.imported", $"enterprise:{survey.Enterprise}", $"{bands.Count} bands");
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/bargaining/surveys/{survey.Id}/report", ToView(survey));
    }

    /// <summary>An enterprise's pay is confidential to the organisation that imported it: others find no such survey.</summary>
    public static async Task<Ok<List<PaySurveyView>>> ListAsync(
        ClaimsPrincipal user, IDbContextFactory<CompetitionDbContext> contexts, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var organization = user.OrganizationOf();
        var surveys = await db.PaySurveys.AsNoTracking().Where(s => s.Organization == organization)
            .OrderByDescending(s => s.Id).Take(500).ToListAsync(cancellationToken);
        return TypedResults.Ok(surveys.Select(ToView).ToList());
    }

    public static async Task<Results<Ok<BargainingReportView>, ProblemHttpResult>> ReportAsync(
        long surveyId, ClaimsPrincipal user, IDbContextFactory<CompetitionDbContext> contexts, CancellationToken cancellationToken,
        string? agreements = null, decimal? capacity = null, string? awards = null) =>
        (await BuildReportAsync(surveyId, user.OrganizationOf(), contexts, agreements, capacity, awards, cancellationToken)).ToHttp(TypedResults.Ok);

    /// <summary>The same report as a spreadsheet: one row per level, then the bonuses, totals and share of capacity.</summary>
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ReportCsvAsync(
        long surveyId, ClaimsPrincipal user, IDbContextFactory<CompetitionDbContext> contexts, CancellationToken cancellationToken,
        string? agreements = null, decimal? capacity = null, string? awards = null) =>
        (await BuildReportAsync(surveyId, user.OrganizationOf(), contexts, agreements, capacity, awards, cancellationToken))
            .ToHttp(report => TypedResults.File(BargainingReportCsv.Write(report), "text/csv; charset=utf-8", $"bargaining-report-{surveyId}.csv"));

    private static async Task<Outcome<BargainingReportView>> BuildReportAsync(
        long surveyId, string organization, IDbContextFactory<CompetitionDbContext> contexts, string? agreements, decimal? capacity,
        string? awards, CancellationToken cancellationToken)
    {
        var ids = (agreements ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        var expected = ExpectedAwards(awards);
        if (ids.Count is < 1 or > 2 || !ids.All(id => long.TryParse(id, out _)) || capacity is < 0 || expected is null)
        {
            return new DomainError(ErrorKind.Invalid, "query.invalid",
                "Compare one or two agreements (?agreements=1,2) against a non-negative yearly capacity (?capacity=), " +
                "with the awards expected in a year as ?awards=gold:1,excellence:3 (each award once, 0–1000).");
        }
        await using var db = contexts.CreateDbContext();
        if (await db.PaySurveys.AsNoTracking().SingleOrDefaultAsync(s => s.Id == surveyId && s.Organization == organization, cancellationToken)
            is not { } survey)
        {
            return new DomainError(ErrorKind.NotFound, "pay.not-found", $"Pay survey {surveyId} does not exist.");
        }
        var wanted = ids.Select(long.Parse).ToList();
        var found = await db.Agreements.AsNoTracking().Where(a => wanted.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        if (wanted.FirstOrDefault(id => !found.ContainsKey(id)) is var missing and not 0)
        {
            return new DomainError(ErrorKind.NotFound, "agreement.not-found", $"Agreement {missing} does not exist.");
        }
        var proposals = wanted.Select(id => AgreementBook.ViewOf(found[id])).ToList();
        var guidance = (await db.WageGuidanceRows.AsNoTracking()
                .Where(r => r.Region == survey.Region && r.Year == survey.Year && r.OccupationCode == survey.OccupationCode)
                .OrderBy(r => r.Id).ToListAsync(cancellationToken))
            .Select(r => r.ToDomain()).ToList();
        var view = ToView(survey);
        var figures = BargainingReport.Build(view.Bands, guidance, proposals.Select(p => p.ToProposal()).ToList(),
            expected.ToDictionary(a => a.Award, a => a.Count), capacity);
        return new BargainingReportView(view, proposals, guidance, expected, figures);
    }

    /// <summary><c>gold:1,excellence:3</c> as award counts, each award at most once; null when malformed.</summary>
    private static List<AwardCount>? ExpectedAwards(string? text)
    {
        var counts = new List<AwardCount>();
        foreach (var part in (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pair = part.Split(':');
            Award? award = null;
            if (pair.Length != 2 || !QueryValues.TryParse<Award>(pair[0], "award", out award, out _) || award is null
                || !int.TryParse(pair[1], out var count) || count is < 0 or > 1000 || counts.Any(c => c.Award == award))
            {
                return null;
            }
            counts.Add(new AwardCount(award.Value, count));
        }
        return counts;
    }

    /// <summary>An imported survey as stored.</summary>
    internal static PaySurveyEntity ToEntity(
        string enterprise, string region, int year, string occupation, IReadOnlyList<PayBand> bands, string organization, string actor,
        DateTimeOffset now) => new()
    {
        Enterprise = enterprise.Trim(), Region = region.Trim(), Year = year, OccupationCode = occupation,
        Bands = [.. bands], Organization = organization, ImportedBy = actor, ImportedAt = now,
    };

    private static PaySurveyView ToView(PaySurveyEntity survey) => new(survey.Id, survey.Enterprise, survey.Region, survey.Year, survey.OccupationCode,
        survey.Bands);
}
