using System.Security.Claims;
using System.Text.Json;
using Competition.Data;
using Competition.Data.Entities;
using Competition.Domain.Wages;
using Competition.Server.Apis.Models;
using Competition.Server.Auth;
using Competition.Server.Problems;
using Competition.Server.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Competition.Server.Apis;

/// <summary>
/// Skill-level wage agreements (能级工资专项集体合同), for union negotiators and organizers: record one
/// and read the floor (and allowance) it gives each level.
/// </summary>
public static class AgreementsApi
{
    public static IEndpointRouteBuilder MapAgreementsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/agreements").WithTags("Wage guidance")
            .RequireAuthorization(p => p.RequireRole(Roles.Negotiator, Roles.Organizer))
            .AddEndpointFilterFactory(ValidationFilter.Create);
        group.MapPost("/", CreateAsync).WithSummary("Record a skill-level wage agreement; the answer carries each level's floor.");
        group.MapGet("/", ListAsync).WithSummary("Every agreement, newest first, with its floors.");
        group.MapGet("/{agreementId:long}", GetAsync).WithSummary("One agreement with its floors.");
        return app;
    }

    public static async Task<Created<AgreementView>> CreateAsync(
        AgreementRequest request, ClaimsPrincipal user, IDbContextFactory<CompetitionDbContext> contexts, AdminAuditLog audit,
        TimeProvider time, CancellationToken cancellationToken)
    {
        var entity = new AgreementEntity
        {
            Name = request.Name.Trim(), Scope = request.Scope, Party = request.Party.Trim(), Region = request.Region.Trim(),
            TermStart = request.TermStart, TermEnd = request.TermEnd, StatutoryMinimumMonthly = request.StatutoryMinimumMonthly,
            MinimumRaise = request.MinimumRaise, ReferenceMonthly = request.ReferenceMonthly, Step = request.Step, StepValue = request.StepValue,
            AllowancesJson = JsonSerializer.Serialize(request.Allowances ?? [], CompetitionRulesJson.Options),
            CompetitionBonusesJson = JsonSerializer.Serialize(request.CompetitionBonuses ?? [], CompetitionRulesJson.Options),
            CreatedBy = user.Actor(), CreatedAt = time.GetUtcNow(),
        };
        await using var db = contexts.CreateDbContext();
        db.Agreements.Add(entity);
        audit.Stage(db, user.Actor(), "agreement.recorded", $"agreement:{entity.Party}", entity.Name);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/agreements/{entity.Id}", ToView(entity));
    }

    public static async Task<Ok<List<AgreementView>>> ListAsync(IDbContextFactory<CompetitionDbContext> contexts, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var agreements = await db.Agreements.AsNoTracking().OrderByDescending(a => a.Id).Take(500).ToListAsync(cancellationToken);
        return TypedResults.Ok(agreements.Select(ToView).ToList());
    }

    public static async Task<Results<Ok<AgreementView>, ProblemHttpResult>> GetAsync(
        long agreementId, IDbContextFactory<CompetitionDbContext> contexts, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.Agreements.AsNoTracking().SingleOrDefaultAsync(a => a.Id == agreementId, cancellationToken) is { } agreement
            ? TypedResults.Ok(ToView(agreement))
            : ApiProblems.NotFound("agreement.not-found", $"Agreement {agreementId} does not exist.");
    }

    internal static AgreementView ToView(AgreementEntity entity)
    {
        var request = new AgreementRequest(entity.Name, entity.Scope, entity.Party, entity.Region, entity.TermStart, entity.TermEnd,
            entity.StatutoryMinimumMonthly, entity.MinimumRaise, entity.ReferenceMonthly, entity.Step, entity.StepValue,
            JsonSerializer.Deserialize<List<LevelAmount>>(entity.AllowancesJson, CompetitionRulesJson.Options),
            JsonSerializer.Deserialize<List<AwardAmount>>(entity.CompetitionBonusesJson, CompetitionRulesJson.Options));
        return new AgreementView(entity.Id, request, WageFloors.For(request.Rule), entity.CreatedBy, entity.CreatedAt);
    }
}
