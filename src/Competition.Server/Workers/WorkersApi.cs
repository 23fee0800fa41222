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

    /// <summary>Registering is how an organisation comes to know a worker: by their national ID, which it
    /// must hold. A worker already registered elsewhere is answered as the platform knows them (200), and
    /// from now on this organisation sees them too; both are audited.</summary>
    public static Task<Results<Created<WorkerView>, Ok<WorkerView>>> RegisterAsync(
        WorkerRequest request, ClaimsPrincipal user, IDbContextFactory<CompetitionDbContext> contexts, WorkerDirectory directory,
        AdminAuditLog audit, TimeProvider time, CancellationToken cancellationToken) =>
        // Registered a moment ago by someone else (the worker or this organisation's link): read again and go on.
        contexts.RetryOnRaceAsync<Results<Created<WorkerView>, Ok<WorkerView>>>(async db =>
        {
            var worker = await directory.FindOrAddAsync(db, request.Name, request.Employer, request.NationalId, cancellationToken);
            var isNew = db.Entry(worker).State == EntityState.Added;
            if (await WorkerDirectory.RegisterWithAsync(db, worker, user.OrganizationOf(), user.Actor(), time.GetUtcNow(), cancellationToken))
            {
                audit.Stage(db, user.Actor(), "worker.registered", $"worker:{worker.NationalIdMasked}",
                    isNew ? worker.Name : $"{worker.Name} (already registered by another organisation)");
                await db.SaveChangesAsync(cancellationToken);
            }
            return isNew
                ? TypedResults.Created($"/api/workers/{worker.Id}", CertificationViews.ToView(worker, null))
                : TypedResults.Ok(CertificationViews.ToView(worker, await CertifiedLevelAsync(db, worker.Id, cancellationToken)));
        }, cancellationToken);

    public static async Task<Results<Ok<WorkerView>, ProblemHttpResult>> LookupAsync(
        NationalIdLookup request, ClaimsPrincipal user, IDbContextFactory<CompetitionDbContext> contexts, WorkerDirectory directory,
        CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await directory.FindAsync(db, request.NationalId, user.OrganizationOf(), cancellationToken) is { } worker
            ? TypedResults.Ok(CertificationViews.ToView(worker, await CertifiedLevelAsync(db, worker.Id, cancellationToken)))
            : ApiProblems.NotFound("worker.not-found", "Your organisation has registered no worker with this national ID.");
    }

    public static async Task<Results<Ok<WorkerProfile>, ProblemHttpResult>> ProfileAsync(
        long workerId, ClaimsPrincipal user, IDbContextFactory<CompetitionDbContext> contexts, CertifiedWageGuidance guidance, IGrainFactory grains,
        TimeProvider time, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var organization = user.OrganizationOf();
        if (await WorkerDirectory.VisibleTo(db, organization).AsNoTracking().SingleOrDefaultAsync(w => w.Id == workerId, cancellationToken) is not { } worker)
        {
            return NotFound(workerId);
        }
        var certificates = db.Certificates.Where(c => c.WorkerId == workerId && c.Organization == organization);
        var wageGuidance = await guidance.ForAsync(
            db, await certificates.AsNoTracking().OrderBy(c => c.Id).ToListAsync(cancellationToken), worker.Employer, cancellationToken);
        return TypedResults.Ok(new WorkerProfile(
            CertificationViews.ToView(worker, await CertifiedLevelAsync(db, worker.Id, cancellationToken)),
            await CertificationQueries.AssessmentViewsAsync(db,
                db.Assessments.Where(a => a.WorkerId == workerId && a.Organization == organization), cancellationToken),
            await CertificationQueries.CertificateViewsAsync(db, certificates, time.GetUtcNow(), cancellationToken),
            wageGuidance,
            await grains.Contestant(workerId).GetHistoryAsync(organization)));
    }

    /// <summary>The same answer for a worker that does not exist and one the organisation may not see.</summary>
    public static ProblemHttpResult NotFound(long workerId) =>
        ApiProblems.NotFound("worker.not-found", $"Your organisation has registered no worker {workerId}.");

    private static async Task<Domain.Certification.SkillLevel?> CertifiedLevelAsync(CompetitionDbContext db, long workerId, CancellationToken cancellationToken) =>
        (await WorkerDirectory.StandingsAsync(db, [workerId], cancellationToken))[workerId].Level;
}
