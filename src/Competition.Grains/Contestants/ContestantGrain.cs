using Competition.Data;
using Competition.Domain;
using Competition.Grains.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Competition.Grains.Contestants;

/// <summary>
/// A registered worker as a contestant, across every competition they entered (key: the worker id). Each
/// competition's grain, the single writer of its marks, holds the result; this grain brings the results
/// together with what HR made of them: assessments drafted from a result and certificates issued on those.
/// An archived competition's result never changes, so it is kept once read.
/// </summary>
public sealed class ContestantGrain(IDbContextFactory<CompetitionDbContext> contexts, TimeProvider time) : Grain, IContestantGrain
{
    private readonly Dictionary<long, ContestResult?> _archivedResults = [];

    public async Task<IReadOnlyList<ContestEntry>> GetHistoryAsync(string organization)
    {
        var workerId = this.GetPrimaryKeyLong();
        await using var db = contexts.CreateDbContext();
        var entries = await db.Contestants.AsNoTracking()
            .Where(c => c.WorkerId == workerId)
            .Join(db.Competitions, c => c.CompetitionId, k => k.Id, (c, k) => new { Contestant = c, Competition = k })
            .ToListAsync();
        var drafted = await db.Assessments.AsNoTracking()
            .Where(a => a.WorkerId == workerId && a.ContestantId != null && a.Organization == organization)
            .OrderBy(a => a.Id)
            .ToListAsync();
        var assessmentIds = drafted.Select(a => a.Id).ToList();
        var certificates = await db.Certificates.AsNoTracking()
            .Where(c => assessmentIds.Contains(c.AssessmentId))
            .OrderBy(c => c.Id)
            .ToListAsync();
        var now = time.GetUtcNow();
        var results = await Task.WhenAll(entries.Select(e => ResultAsync(e.Competition.Id, e.Competition.Status, e.Contestant.Id)));
        return entries.Select((e, i) => new ContestEntry(
                e.Competition.Id, e.Competition.Name, e.Competition.Occupation, e.Competition.Level, e.Competition.StartsOn, e.Competition.Status,
                e.Contestant.Id, e.Contestant.Bib, e.Contestant.Withdrawal, results[i],
                drafted.Where(a => a.ContestantId == e.Contestant.Id).Select(a => new DraftedPromotion(a.Id, a.OccupationName, a.TargetLevel, a.Status,
                    certificates.Where(c => c.AssessmentId == a.Id)
                        .Select(c => new IssuedCertificate(c.Id, c.Number, c.Level, c.Lifecycle().StateAt(now), c.IssuedAt)).ToList())).ToList()))
            .OrderByDescending(e => e.StartsOn).ThenByDescending(e => e.CompetitionId)
            .ToList();
    }

    /// <summary>The contestant's result once published, read from the competition's grain.</summary>
    private async Task<ContestResult?> ResultAsync(long competitionId, CompetitionStatus status, long contestantId)
    {
        if (status is not (CompetitionStatus.Published or CompetitionStatus.Archived))
        {
            return null;
        }
        if (_archivedResults.TryGetValue(contestantId, out var kept))
        {
            return kept;
        }
        var results = await GrainFactory.Competition(competitionId).GetResultsAsync(identities: true);
        var result = results?.Rows.SingleOrDefault(r => r.ContestantId == contestantId) is { } row
            ? new ContestResult(row.Rank, results.Rows.Count(r => r.Rank is not null), row.Total, row.Award, row.Title)
            : null;
        if (status == CompetitionStatus.Archived)
        {
            _archivedResults[contestantId] = result;
        }
        return result;
    }
}
