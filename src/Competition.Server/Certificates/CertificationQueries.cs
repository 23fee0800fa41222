using Competition.Data;
using Competition.Data.Entities;
using Competition.Server.Assessments;
using Microsoft.EntityFrameworkCore;

namespace Competition.Server.Certificates;

/// <summary>Reads assessments and certificates with what their views need (worker, related numbers).</summary>
public static class CertificationQueries
{
    public const int PageSize = 500;

    public static async Task<List<AssessmentView>> AssessmentViewsAsync(
        CompetitionDbContext db, IQueryable<AssessmentEntity> query, CancellationToken cancellationToken)
    {
        var assessments = await query.AsNoTracking().Include(a => a.Components).OrderByDescending(a => a.Id).Take(PageSize).ToListAsync(cancellationToken);
        var ids = assessments.Select(a => a.Id).ToList();
        var workers = await WorkersAsync(db, assessments.Select(a => a.WorkerId), cancellationToken);
        // The certificate in force for each assessment, else its latest.
        var numbers = (await db.Certificates.AsNoTracking().Where(c => ids.Contains(c.AssessmentId))
                .Select(c => new { c.AssessmentId, c.IssueNumber, c.Number }).ToListAsync(cancellationToken))
            .GroupBy(c => c.AssessmentId).ToDictionary(g => g.Key, g => g.MaxBy(c => c.IssueNumber)!.Number);
        return assessments.Select(a => CertificationViews.ToView(a, workers[a.WorkerId], numbers.GetValueOrDefault(a.Id))).ToList();
    }

    public static async Task<List<CertificateView>> CertificateViewsAsync(
        CompetitionDbContext db, IQueryable<CertificateEntity> query, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var certificates = await query.AsNoTracking().Include(c => c.StatusChanges).OrderByDescending(c => c.Id).Take(PageSize).ToListAsync(cancellationToken);
        var workers = await WorkersAsync(db, certificates.Select(c => c.WorkerId), cancellationToken);
        var related = certificates.SelectMany(c => new[] { c.SupersedesId, c.SupersededById }).OfType<long>().Distinct().ToList();
        var numbers = await db.Certificates.AsNoTracking().Where(c => related.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Number, cancellationToken);
        return certificates.Select(c => CertificationViews.ToView(c, workers[c.WorkerId], numbers, now)).ToList();
    }

    private static async Task<Dictionary<long, WorkerEntity>> WorkersAsync(CompetitionDbContext db, IEnumerable<long> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        return await db.Workers.AsNoTracking().Where(w => wanted.Contains(w.Id)).ToDictionaryAsync(w => w.Id, cancellationToken);
    }
}
