using System.Security.Claims;
using Competition.Data;
using Competition.Grains.Contracts;
using Competition.Server.Auth;
using Competition.Server.Certificates;
using Competition.Server.Problems;
using Competition.Server.Validation;
using Competition.Server.WageGuidance;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Competition.Server.Workers;

/// <summary>Workers, for HR officers: register by national ID (never stored in clear), find, and see a profile.</summary>
public static class WorkersApi
{
    public static IEndpointRouteBuilder MapWorkersApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/workers").WithTags("Certification")
            .RequireAuthorization(Roles.HrOfficer)
            .AddEndpointFilterFactory(ValidationFilter.Create);
        group.MapPost("/", RegisterAsync).WithSummary("Register a worker (or find the one with this national ID).");
        group.MapPost("/lookup", LookupAsync).WithSummary("Find a worker by national ID.");
        group.MapGet("/{workerId:long}", ProfileAsync).WithSummary("A worker with their assessments and certificates of your organisation.");
        return app;
    }

    public static async Task<Results<Created<WorkerView>, Ok<WorkerView>>> RegisterAsync(
        WorkerRequest request, ClaimsPrincipal user, IDbContextFactory<CompetitionDbContext> contexts, WorkerDirectory directory,
        AdminAuditLog audit, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var worker = await directory.FindOrAddAsync(db, request.Name, request.Employer, request.NationalId, cancellationToken);
        if (db.Entry(worker).State != EntityState.Added)
        {
            return TypedResults.Ok(CertificationViews.ToView(worker, await CertifiedLevelAsync(db, worker.Id, cancellationToken)));
        }
        audit.Stage(db, user.Actor(), "worker.registered", $"worker:{worker.NationalIdMasked}", worker.Name);
        // Registered a moment ago by someone else: that is the worker.
        return await contexts.SaveOrTakeTheirsAsync<Results<Created<WorkerView>, Ok<WorkerView>>>(db,
            () => TypedResults.Created($"/api/workers/{worker.Id}", CertificationViews.ToView(worker, null)),
            async again =>
            {
                var existing = (await directory.FindAsync(again, request.NationalId, cancellationToken))!;
                return TypedResults.Ok(CertificationViews.ToView(existing, await CertifiedLevelAsync(again, existing.Id, cancellationToken)));
            }, cancellationToken);
    }

    public static async Task<Results<Ok<WorkerView>, ProblemHttpResult>> LookupAsync(
        NationalIdLookup request, IDbContextFactory<CompetitionDbContext> contexts, WorkerDirectory directory, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await directory.FindAsync(db, request.NationalId, cancellationToken) is { } worker
            ? TypedResults.Ok(CertificationViews.ToView(worker, await CertifiedLevelAsync(db, worker.Id, cancellationToken)))
            : ApiProblems.NotFound("worker.not-found", "No worker with this national ID is registered.");
    }

    public static async Task<Results<Ok<WorkerProfile>, ProblemHttpResult>> ProfileAsync(
        long workerId, ClaimsPrincipal user, IDbContextFactory<CompetitionDbContext> contexts, CertifiedWageGuidance guidance, IGrainFactory grains,
        TimeProvider time, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        if (await db.Workers.AsNoTracking().SingleOrDefaultAsync(w => w.Id == workerId, cancellationToken) is not { } worker)
        {
            return ApiProblems.NotFound("worker.not-found", $"Worker {workerId} does not exist.");
        }
        var organization = user.OrganizationOf();
        var certificates = db.Certificates.Where(c => c.WorkerId == workerId && c.Organization == organization);
        var wageGuidance = await guidance.ForAsync(
            db, await certificates.AsNoTracking().OrderBy(c => c.Id).ToListAsync(cancellationToken), worker.Employer, cancellationToken);
        return TypedResults.Ok(new WorkerProfile(
            CertificationViews.ToView(worker, await CertifiedLevelAsync(db, worker.Id, cancellationToken)),
            await CertificationQueries.AssessmentViewsAsync(db,
                db.Assessments.Where(a => a.WorkerId == workerId && a.Organization == organization), cancellationToken),
            await CertificationQueries.CertificateViewsAsync(db, certificates, time.GetUtcNow(), cancellationToken),
            wageGuidance,
            await grains.GetGrain<IContestantGrain>(workerId).GetHistoryAsync(organization)));
    }

    private static async Task<Domain.Certification.SkillLevel?> CertifiedLevelAsync(CompetitionDbContext db, long workerId, CancellationToken cancellationToken) =>
        (await WorkerDirectory.StandingsAsync(db, [workerId], cancellationToken))[workerId].Level;
}
