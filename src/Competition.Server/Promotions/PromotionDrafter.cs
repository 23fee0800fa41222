using Competition.Data;
using Competition.Data.Entities;
using Competition.Domain;
using Competition.Domain.Certification;
using Competition.Grains.Contracts;
using Competition.Server.Workers;
using Microsoft.EntityFrameworkCore;

namespace Competition.Server.Promotions;

/// <summary>
/// Turns a competition's final results into draft assessments under the promotion rules linked to it.
/// Runs when the chief judge locks the results, and on request; a contestant drafted once is never
/// drafted again. Results come from the competition grain, the evidence hash from the ledger.
/// </summary>
public sealed class PromotionDrafter(IDbContextFactory<CompetitionDbContext> contexts, IGrainFactory grains, TimeProvider time)
{
    /// <remarks>A concurrent run that drafted the same contestants first (the unique index says so) stands:
    /// the run reads again and counts them as already drafted.</remarks>
    public Task<Outcome<DraftReport>> DraftAsync(long competitionId, string actor, CancellationToken cancellationToken) =>
        contexts.RetryOnRaceAsync(db => DraftOnceAsync(db, competitionId, actor, cancellationToken), cancellationToken);

    private async Task<Outcome<DraftReport>> DraftOnceAsync(CompetitionDbContext db, long competitionId, string actor, CancellationToken cancellationToken)
    {
        var link = await db.CompetitionPromotions.SingleOrDefaultAsync(p => p.CompetitionId == competitionId, cancellationToken);
        if (link is null)
        {
            return new DomainError(ErrorKind.NotFound, "promotion.not-linked", $"No promotion rules are linked to competition {competitionId}.");
        }
        if (await grains.Competition(competitionId).GetResultsAsync(identities: true) is not { Final: true } results)
        {
            return new DomainError(ErrorKind.Conflict, "results.not-final", "Assessments are drafted from final results: the chief judge locks them first.");
        }
        var ruleSetEntity = await db.PromotionRuleSets.AsNoTracking().Where(r => r.Name == link.RuleSetName)
            .OrderByDescending(r => r.Version).FirstAsync(cancellationToken);
        var ruleSet = new PromotionRuleSet(ruleSetEntity.Name, ruleSetEntity.Version,
            ruleSetEntity.Rules, ruleSetEntity.MonthsBetweenPromotions);

        var contestants = await db.Contestants.AsNoTracking().Where(c => c.CompetitionId == competitionId).ToDictionaryAsync(c => c.Id, cancellationToken);
        var workerIds = contestants.Values.Select(c => c.WorkerId).OfType<long>().ToList();
        var standings = await WorkerDirectory.StandingsAsync(db, workerIds, cancellationToken);
        var resultsAt = time.GetUtcNow();
        var candidates = results.Rows.Select(row =>
        {
            var workerId = contestants[row.ContestantId].WorkerId;
            var (level, last) = workerId is { } id ? standings[id] : (null, null);
            return new PromotionCandidate(row.ContestantId, row.Rank, row.Award, level, last);
        });
        var proposals = PromotionRules.Evaluate(ruleSet, link.ContestClass, results.Rows.Count(r => r.Rank is not null), candidates, resultsAt);

        var ledgerHash = await db.LedgerEvents.AsNoTracking().Where(e => e.CompetitionId == competitionId)
            .OrderByDescending(e => e.Sequence).Select(e => e.Hash).FirstAsync(cancellationToken);
        var existing = (await db.Assessments.AsNoTracking().Where(a => a.CompetitionId == competitionId)
            .Select(a => a.ContestantId).ToListAsync(cancellationToken)).ToHashSet();
        var rows = results.Rows.ToDictionary(r => r.ContestantId);
        var refused = new List<ContestantNote>();
        var unidentified = new List<ContestantNote>();
        var (drafted, already) = (0, 0);
        foreach (var proposal in proposals)
        {
            var contestant = contestants[proposal.ContestantId];
            var note = new ContestantNote(contestant.Id, contestant.Bib, contestant.Name, proposal.Reason);
            if (proposal.Level is not { } level)
            {
                refused.Add(note);
            }
            else if (contestant.WorkerId is not { } workerId)
            {
                unidentified.Add(note with { Note = "报名时未登记身份证号，请核实身份后手工录入评价。" + proposal.Reason });
            }
            else if (existing.Contains(contestant.Id))
            {
                already++;
            }
            else
            {
                drafted++;
                db.Assessments.Add(new AssessmentEntity
                {
                    WorkerId = workerId,
                    Organization = link.Organization,
                    OccupationCode = link.OccupationCode,
                    OccupationEdition = link.OccupationEdition,
                    OccupationName = link.OccupationName,
                    WorkType = link.WorkType,
                    TargetLevel = level,
                    Route = AssessmentRoute.Competition,
                    Status = AssessmentStatus.Draft,
                    CompetitionId = competitionId,
                    ContestantId = contestant.Id,
                    Rank = rows[contestant.Id].Rank,
                    Award = rows[contestant.Id].Award,
                    LedgerHash = ledgerHash,
                    RuleSetName = ruleSet.Name,
                    RuleSetVersion = ruleSet.Version,
                    ProposalReason = proposal.Reason,
                    RecordedBy = actor,
                    CreatedAt = resultsAt,
                });
            }
        }
        link.DraftedAt = resultsAt;
        await db.SaveChangesAsync(cancellationToken);
        return new DraftReport(competitionId, ruleSet.Name, ruleSet.Version, drafted, already, refused, unidentified);
    }
}
