using System.Security.Claims;
using Competition.Data;
using Competition.Data.Entities;
using Competition.Domain.Wages;
using Competition.Server.Auth;
using Competition.Server.Problems;
using Competition.Server.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Competition.Server.Agreements;

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
        group.MapPost("/{agreementId:long}/sign", SignAsync)
            .WithSummary("Record that the parties signed a proposal: from then on it covers the workers it binds during its term.");
        return app;
    }

    public static async Task<Results<Created<AgreementView>, ProblemHttpResult>> CreateAsync(
        AgreementRequest request, ClaimsPrincipal user, IDbContextFactory<CompetitionDbContext> contexts, AdminAuditLog audit,
        TimeProvider time, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var (resolved, refused) = await ResolveReferenceAsync(db, request, cancellationToken);
        if (resolved is null)
        {
            return refused!;
        }
        var entity = ToEntity(resolved, user.Actor(), time.GetUtcNow());
        db.Agreements.Add(entity);
        audit.Stage(db, user.Actor(), "agreement.recorded", $"agreement:{entity.Party}", entity.Name);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/agreements/{entity.Id}", ToView(entity));
    }

    /// <summary>
    /// The request with a guidance reference turned into its monthly amount (whole yuan): the percentile of
    /// the no-certificate row for the occupation and year in the agreement's region. Refused when no such row exists.
    /// </summary>
    internal static async Task<(AgreementRequest? Resolved, ProblemHttpResult? Refused)> ResolveReferenceAsync(
        CompetitionDbContext db, AgreementRequest request, CancellationToken cancellationToken)
    {
        if (request.Reference is not { } reference)
        {
            return (request, null);
        }
        var region = request.Region.Trim();
        var row = (await db.WageGuidanceRows.AsNoTracking()
                .Where(r => r.Region == region && r.Year == reference.Year && r.OccupationCode == reference.OccupationCode && r.Level == null)
                .OrderByDescending(r => r.Id).FirstOrDefaultAsync(cancellationToken))?.ToDomain();
        return row is null
            ? (null, ApiProblems.Create(StatusCodes.Status400BadRequest, "agreement.reference-not-found",
                $"No {reference.Year} guidance for {reference.OccupationCode} without a certificate in {region} to take the reference from."))
            : (request with { ReferenceMonthly = row.MonthlyYuan(row.Figure(reference.Percentile)) }, null);
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

    public static async Task<Results<Ok<AgreementView>, ProblemHttpResult>> SignAsync(
        long agreementId, ClaimsPrincipal user, IDbContextFactory<CompetitionDbContext> contexts, AdminAuditLog audit, TimeProvider time,
        CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Signed in one conditional update, so two people signing at once make one signature and one audit entry.
        var signedAt = time.GetUtcNow();
        var signed = await db.Agreements.Where(a => a.Id == agreementId && a.Status == AgreementStatus.Proposed)
            .ExecuteUpdateAsync(a => a.SetProperty(x => x.Status, AgreementStatus.Signed).SetProperty(x => x.SignedAt, signedAt)
                .SetProperty(x => x.SignedBy, user.Actor()), cancellationToken);
        if (await db.Agreements.AsNoTracking().SingleOrDefaultAsync(a => a.Id == agreementId, cancellationToken) is not { } agreement)
        {
            return ApiProblems.NotFound("agreement.not-found", $"Agreement {agreementId} does not exist.");
        }
        if (signed == 0)
        {
            return ApiProblems.Create(StatusCodes.Status409Conflict, "agreement.already-signed", $"Agreement {agreementId} was signed on {agreement.SignedAt:yyyy-MM-dd}.");
        }
        audit.Stage(db, user.Actor(), "agreement.signed", $"agreement:{agreement.Party}", agreement.Name);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(ToView(agreement));
    }

    /// <summary>A new proposal as stored.</summary>
    internal static AgreementEntity ToEntity(AgreementRequest request, string actor, DateTimeOffset now) => new()
    {
        Name = request.Name.Trim(), Scope = request.Scope, Party = request.Party.Trim(), Region = request.Region.Trim(),
        TermStart = request.TermStart, TermEnd = request.TermEnd, StatutoryMinimumMonthly = request.StatutoryMinimumMonthly,
        MinimumRaise = request.MinimumRaise, ReferenceMonthly = request.ReferenceMonthly, ReferencePercentile = request.Reference?.Percentile,
        ReferenceOccupationCode = request.Reference?.OccupationCode, ReferenceYear = request.Reference?.Year, Step = request.Step, StepValue = request.StepValue,
        Allowances = [.. request.Allowances ?? []],
        CompetitionBonuses = [.. request.CompetitionBonuses ?? []],
        CreatedBy = actor, CreatedAt = now,
    };

    internal static AgreementView ToView(AgreementEntity entity)
    {
        var request = new AgreementRequest(entity.Name, entity.Scope, entity.Party, entity.Region, entity.TermStart, entity.TermEnd,
            entity.StatutoryMinimumMonthly, entity.MinimumRaise, entity.ReferenceMonthly, entity.Step, entity.StepValue,
            entity.Allowances,
            entity.CompetitionBonuses,
            entity.ReferencePercentile is { } percentile ? new GuidanceReference(percentile, entity.ReferenceOccupationCode!, entity.ReferenceYear!.Value) : null);
        return new AgreementView(entity.Id, request, WageFloors.For(request.Rule), entity.Status, entity.SignedAt, entity.SignedBy, entity.CreatedBy, entity.CreatedAt);
    }
}
