using Competition.Data;
using Competition.Grains.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Competition.Grains.Contestants;

/// <summary>
/// One contestant. Their marks belong to their competition's grain, the single writer, so the scorecard
/// is asked of it; this grain is where the contestant's records across the platform meet.
/// </summary>
public sealed class ContestantGrain(IDbContextFactory<CompetitionDbContext> contexts) : Grain, IContestantGrain
{
    private long? _competitionId;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var contestantId = this.GetPrimaryKeyLong();
        await using var db = contexts.CreateDbContext();
        _competitionId = await db.Contestants.Where(c => c.Id == contestantId).Select(c => (long?)c.CompetitionId)
            .SingleOrDefaultAsync(cancellationToken);
    }

    public async Task<Scorecard?> GetScorecardAsync(bool identities) => _competitionId is { } competitionId
        ? await GrainFactory.GetGrain<ICompetitionGrain>(competitionId).GetScorecardAsync(this.GetPrimaryKeyLong(), identities)
        : null;
}
