using Competition.Data;
using Competition.Domain;
using Competition.Domain.Certification;
using Competition.Domain.Competitions;
using Competition.Server.Auth;
using Competition.Server.Certificates;
using Microsoft.EntityFrameworkCore;

namespace Competition.Server.Assessments;

/// <summary>Applies an HR officer's decision on one of their organisation's assessments, once, with its audit entry.</summary>
public sealed class AssessmentDecisions(IDbContextFactory<CompetitionDbContext> contexts, AdminAuditLog audit, TimeProvider time)
{
    public async Task<Outcome<AssessmentView>> DecideAsync(
        long assessmentId, AssessmentStatus decision, string? reason, string actor, string organization, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var assessment = await db.Assessments.Include(a => a.Components)
            .SingleOrDefaultAsync(a => a.Id == assessmentId && a.Organization == organization, cancellationToken);
        if (assessment is null)
        {
            return NotFound(assessmentId);
        }
        // Only a draft is decided, and only once: the conditional update makes a second, concurrent decision a no-op.
        var now = time.GetUtcNow();
        var reasonText = Reasons.Kept(reason);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var decided = await db.Assessments.Where(a => a.Id == assessmentId && a.Status == AssessmentStatus.Draft).ExecuteUpdateAsync(s => s
            .SetProperty(a => a.Status, decision)
            .SetProperty(a => a.DecidedBy, actor)
            .SetProperty(a => a.DecidedAt, now)
            .SetProperty(a => a.DecisionReason, reasonText), cancellationToken);
        if (decided == 0)
        {
            return AssessmentDecision.CheckDecide(assessmentId, assessment.Status)!;
        }
        audit.Stage(db, actor, AssessmentDecision.AuditAction(decision), $"assessment:{assessmentId}", reasonText);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        (assessment.Status, assessment.DecidedBy, assessment.DecidedAt, assessment.DecisionReason) = (decision, actor, now, reasonText);
        var worker = await db.Workers.AsNoTracking().SingleAsync(w => w.Id == assessment.WorkerId, cancellationToken);
        return CertificationViews.ToView(assessment, worker, null);
    }

    public static DomainError NotFound(long assessmentId) =>
        new(ErrorKind.NotFound, "assessment.not-found", $"Assessment {assessmentId} is not one of your organisation's.");
}
