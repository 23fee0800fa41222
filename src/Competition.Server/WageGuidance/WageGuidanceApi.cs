using System.Security.Claims;
using Competition.Data;
using Competition.Domain.Certification;
using Competition.Domain.Wages;
using Competition.Server.Auth;
using Competition.Server.Imports;
using Competition.Server.Problems;
using Competition.Server.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Competition.Server.WageGuidance;

/// <summary>
/// Wage guidance tables (人力资源市场工资价位): union negotiators and organizers import them from CSV —
/// every row checked, nothing imported if one is bad, the same file recognised when it comes again —
/// and anyone reads them, filtered by region, year, occupation and level.
/// </summary>
public static class WageGuidanceApi
{
    public const string NoCertificate = "none";

    public static IEndpointRouteBuilder MapWageGuidanceApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/wage-guidance/import", ImportAsync).WithTags("Wage guidance")
            .RequireAuthorization(p => p.RequireRole(Roles.Negotiator, Roles.Organizer))
            .WithSummary("Import a wage guidance table from CSV (the body, text/csv): all rows or none.");
        app.MapGet("/api/wage-guidance", ListAsync).WithTags("Wage guidance").RequireRateLimiting(RateLimits.Public)
            .WithSummary("Guidance rows (p10 … p90, mean) filtered by region, year, occupation code and level (none: no certificate).");
        return app;
    }

    public static async Task<Results<Created<WageGuidanceImported>, Ok<WageGuidanceImported>, ProblemHttpResult>> ImportAsync(
        HttpRequest http, ClaimsPrincipal user, WageGuidanceImporter importer, CancellationToken cancellationToken)
    {
        var result = await importer.ImportAsync(await Uploads.ReadAsync(http, cancellationToken), user.Actor(), cancellationToken);
        if (result.Error is { } refused)
        {
            return refused.ToProblem();
        }
        var imported = result.Value!;
        return imported.AlreadyImported ? TypedResults.Ok(imported) : TypedResults.Created("/api/wage-guidance", imported);
    }

    public static async Task<Results<Ok<List<WageGuidanceRow>>, ProblemHttpResult>> ListAsync(
        IDbContextFactory<CompetitionDbContext> contexts, CancellationToken cancellationToken,
        string? region = null, int? year = null, string? occupation = null, string? level = null)
    {
        SkillLevel? rung = null;
        if (level is { Length: > 0 } && level != NoCertificate && (rung = SkillLadder.Parse(level)) is null)
        {
            return ApiProblems.Create(StatusCodes.Status400BadRequest, "query.invalid",
                $"level is {NoCertificate} (no certificate) or a rung: {string.Join(", ", Enum.GetValues<SkillLevel>().Select(l => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(l.ToString())))}.");
        }
        await using var db = contexts.CreateDbContext();
        var query = db.WageGuidanceRows.AsNoTracking();
        query = region is { Length: > 0 } ? query.Where(r => r.Region == region) : query;
        query = year is { } wantedYear ? query.Where(r => r.Year == wantedYear) : query;
        query = occupation is { Length: > 0 } ? query.Where(r => r.OccupationCode == occupation) : query;
        query = level == NoCertificate ? query.Where(r => r.Level == null) : rung is { } only ? query.Where(r => r.Level == only) : query;
        var rows = await query.OrderBy(r => r.Region).ThenByDescending(r => r.Year).ThenBy(r => r.OccupationCode).ThenBy(r => r.Id)
            .Take(5_000).ToListAsync(cancellationToken);
        return TypedResults.Ok(rows.Select(r => r.ToDomain()).ToList());
    }
}
