using System.Security.Claims;
using System.Text.Json;
using Competition.Data;
using Competition.Data.Entities;
using Competition.Domain.Wages;
using Competition.Server.Apis.Models;
using Competition.Server.Apis.Validators;
using Competition.Server.Auth;
using Competition.Server.Imports;
using Competition.Server.Problems;
using Competition.Server.Wages;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Competition.Server.Apis;

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
        group.MapGet("/surveys/{surveyId:long}/report", ReportAsync)
            .WithSummary("The pay against the guidance and the agreements in ?agreements=1,2, costed against ?capacity= (yuan a year).");
        return app;
    }

    public static async Task<Results<Created<PaySurveyView>, ProblemHttpResult>> ImportAsync(
        HttpRequest http, ClaimsPrincipal user, IDbContextFactory<CompetitionDbContext> contexts, AdminAuditLog audit, TimeProvider time,
        CancellationToken cancellationToken, string? enterprise = null, string? region = null, int? year = null, string? occupation = null)
    {
        if (enterprise is not { Length: > 0 and <= 200 } || region is not { Length: > 0 and <= 100 } || year is not (>= 2000 and <= 2100)
            || !OccupationRules.IsCode(occupation))
        {
            return ApiProblems.Create(StatusCodes.Status400BadRequest, "query.invalid",
                "Name the enterprise (≤ 200), region (≤ 100), year (2000–2100) and occupation code (e.g. 4-02-07-01) in the query.");
        }
        var (bands, problems, fileProblem) = PayCsv.Read(new MemoryStream(await Uploads.ReadAsync(http, cancellationToken)));
        if (fileProblem is not null)
        {
            return ApiProblems.Create(StatusCodes.Status400BadRequest, "pay.unreadable", fileProblem);
        }
        if (problems.Count > 0)
        {
            return ApiProblems.RowsRefused("pay.invalid-rows", $"{problems.Count} rows cannot be imported; nothing was imported.", problems);
        }
        var survey = new PaySurveyEntity
        {
            Enterprise = enterprise.Trim(), Region = region.Trim(), Year = year.Value, OccupationCode = occupation!,
            BandsJson = JsonSerializer.Serialize(bands, CompetitionRulesJson.Options), ImportedBy = user.Actor(), ImportedAt = time.GetUtcNow(),
        };
        await using var db = contexts.CreateDbContext();
        db.PaySurveys.Add(survey);
        audit.Stage(db, user.Actor(), "pay-survey.imported", $"enterprise:{survey.Enterprise}", $"{bands.Count} bands");
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/bargaining/surveys/{survey.Id}/report", ToView(survey));
    }

    public static async Task<Results<Ok<BargainingReportView>, ProblemHttpResult>> ReportAsync(
        long surveyId, IDbContextFactory<CompetitionDbContext> contexts, CancellationToken cancellationToken,
        string? agreements = null, decimal? capacity = null)
    {
        var ids = (agreements ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        if (ids.Count is < 1 or > 2 || !ids.All(id => long.TryParse(id, out _)) || capacity is < 0)
        {
            return ApiProblems.Create(StatusCodes.Status400BadRequest, "query.invalid",
                "Compare one or two agreements (?agreements=1,2) against a non-negative yearly capacity (?capacity=).");
        }
        await using var db = contexts.CreateDbContext();
        if (await db.PaySurveys.AsNoTracking().SingleOrDefaultAsync(s => s.Id == surveyId, cancellationToken) is not { } survey)
        {
            return ApiProblems.NotFound("pay.not-found", $"Pay survey {surveyId} does not exist.");
        }
        var wanted = ids.Select(long.Parse).ToList();
        var found = await db.Agreements.AsNoTracking().Where(a => wanted.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        if (wanted.FirstOrDefault(id => !found.ContainsKey(id)) is var missing and not 0)
        {
            return ApiProblems.NotFound("agreement.not-found", $"Agreement {missing} does not exist.");
        }
        var proposals = wanted.Select(id => AgreementsApi.ToView(found[id])).ToList();
        var guidance = (await db.WageGuidanceRows.AsNoTracking()
                .Where(r => r.Region == survey.Region && r.Year == survey.Year && r.OccupationCode == survey.OccupationCode)
                .OrderBy(r => r.Id).ToListAsync(cancellationToken))
            .Select(r => r.ToDomain()).ToList();
        var view = ToView(survey);
        return TypedResults.Ok(new BargainingReportView(view, proposals, guidance,
            BargainingReport.Build(view.Bands, guidance, proposals.Select(p => p.Floors).ToList(), capacity)));
    }

    private static PaySurveyView ToView(PaySurveyEntity survey) => new(survey.Id, survey.Enterprise, survey.Region, survey.Year, survey.OccupationCode,
        JsonSerializer.Deserialize<List<PayBand>>(survey.BandsJson, CompetitionRulesJson.Options)!);
}
