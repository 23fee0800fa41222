using System.Security.Claims;
using Competition.Data;
using Competition.Data.Entities;
using Competition.Domain;
using Competition.Domain.Certification;
using Competition.Server.Auth;
using Competition.Server.Certificates;
using Competition.Server.Problems;
using Competition.Server.Validation;
using Competition.Server.Workers;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Competition.Server.Assessments;

/// <summary>
/// Skill-level assessments, for HR officers of the owning organisation: record one with its component
/// scores (passed or failed on the spot), and approve or reject the drafts promotion rules made.
/// </summary>
public static class AssessmentsApi
{
    public static IEndpointRouteBuilder MapAssessmentsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/assessments").WithTags("Certification")
            .RequireAuthorization(Roles.HrOfficer)
            .AddEndpointFilterFactory(ValidationFilter.Create);
        group.MapGet("/", ListAsync).WithSummary("Your organisation's assessments, newest first; filter by status or competition.");
        group.MapPost("/", RecordAsync).WithSummary("Record an assessment with its component scores; it passes or fails at once.");
        group.MapGet("/{assessmentId:long}", GetAsync).WithSummary("One assessment with its components, evidence and decision.");
        group.MapPost("/{assessmentId:long}/approve", ApproveAsync).WithSummary("Approve a draft from promotion rules: it passes.");
        group.MapPost("/{assessmentId:long}/reject", RejectAsync).WithSummary("Reject a draft from promotion rules, with a reason.");
        return app;
    }

    public static async Task<Results<Ok<List<AssessmentView>>, ProblemHttpResult>> ListAsync(
        ClaimsPrincipal user, IDbContextFactory<CompetitionDbContext> contexts, CancellationToken cancellationToken,
        string? status = null, long? competitionId = null)
    {
        if (!QueryValues.TryParse<AssessmentStatus>(status, "status", out var wanted, out var refused))
        {
            return refused;
        }
        await using var db = contexts.CreateDbContext();
        var organization = user.OrganizationOf();
        var query = db.Assessments.Where(a => a.Organization == organization);
        query = wanted is { } only ? query.Where(a => a.Status == only) : query;
        query = competitionId is { } competition ? query.Where(a => a.CompetitionId == competition) : query;
        return TypedResults.Ok(await CertificationQueries.AssessmentViewsAsync(db, query, cancellationToken));
    }

    public static async Task<Results<Created<AssessmentView>, ProblemHttpResult>> RecordAsync(
        AssessmentRequest request, ClaimsPrincipal user, IDbContextFactory<CompetitionDbContext> contexts,
        AdminAuditLog audit, TimeProvider time, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        // Only a worker the organisation registered or already assesses: an assessment would make any worker visible.
        if (await WorkerDirectory.VisibleTo(db, user.OrganizationOf()).AsNoTracking()
                .SingleOrDefaultAsync(w => w.Id == request.WorkerId, cancellationToken) is not { } worker)
        {
            return WorkersApi.NotFound(request.WorkerId);
        }
        var assessment = RecordedAssessments.Create(request, user.OrganizationOf(), user.Actor(), time.GetUtcNow());
        db.Assessments.Add(assessment);
        audit.Stage(db, user.Actor(), "assessment.recorded", $"worker:{worker.Id}",
            $"{assessment.OccupationCode} {assessment.TargetLevel}: {assessment.Status}");
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/assessments/{assessment.Id}", CertificationViews.ToView(assessment, worker, null));
    }

    public static async Task<Results<Ok<AssessmentView>, ProblemHttpResult>> GetAsync(
        long assessmentId, ClaimsPrincipal user, IDbContextFactory<CompetitionDbContext> contexts, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var organization = user.OrganizationOf();
        var views = await CertificationQueries.AssessmentViewsAsync(db,
            db.Assessments.Where(a => a.Id == assessmentId && a.Organization == organization), cancellationToken);
        return views is [var view] ? TypedResults.Ok(view) : AssessmentDecisions.NotFound(assessmentId).ToProblem();
    }

    public static async Task<Results<Ok<AssessmentView>, ProblemHttpResult>> ApproveAsync(
        long assessmentId, DecisionRequest? decision, ClaimsPrincipal user, AssessmentDecisions decisions, CancellationToken cancellationToken) =>
        (await decisions.DecideAsync(assessmentId, AssessmentStatus.Passed, decision?.Reason, user.Actor(), user.OrganizationOf(), cancellationToken))
            .ToHttp(TypedResults.Ok);

    public static async Task<Results<Ok<AssessmentView>, ProblemHttpResult>> RejectAsync(
        long assessmentId, ReasonRequest decision, ClaimsPrincipal user, AssessmentDecisions decisions, CancellationToken cancellationToken) =>
        (await decisions.DecideAsync(assessmentId, AssessmentStatus.Rejected, decision.Reason, user.Actor(), user.OrganizationOf(), cancellationToken))
            .ToHttp(TypedResults.Ok);
}
