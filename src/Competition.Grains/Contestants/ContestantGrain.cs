using Competition.Data;
using Competition.Domain.Standings;
using Competition.Grains.Competitions;
using Competition.Grains.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Competition.Grains.Contestants;

/// <summary>
/// One contestant's scorecard, built from the ledger on activation and kept current by notices from
/// the competition grain, so a phone asking for one contestant's breakdown never loads the whole field.
/// </summary>
public sealed class ContestantGrain(IDbContextFactory<CompetitionDbContext> contexts) : Grain, IContestantGrain
{
    private ContestantView? _contestant;
    private long _competitionId;
    private MarkingSchemeView _scheme = new([]);
    private Scoreboard? _scoreboard;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var contestantId = this.GetPrimaryKeyLong();
        await using var db = contexts.CreateDbContext();
        var entity = await db.Contestants.AsNoTracking().SingleOrDefaultAsync(c => c.Id == contestantId, cancellationToken);
        if (entity is null)
        {
            return;
        }
        _contestant = new ContestantView(entity.Id, entity.Bib, entity.Name, entity.Employer);
        _competitionId = entity.CompetitionId;
        _scheme = await CompetitionDefinitions.LoadSchemeAsync(db, _competitionId, cancellationToken);
        _scoreboard = new Scoreboard(_scheme.ToDomain(), [contestantId], _ => entity.Bib);
        var rows = db.Marks.AsNoTracking().Where(m => m.ContestantId == contestantId).OrderBy(m => m.Sequence).AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            _scoreboard.Apply(row.ToRecorded().ToDomain());
        }
    }

    public Task<Scorecard?> GetScorecardAsync()
    {
        if (_contestant is null || _scoreboard is null)
        {
            return Task.FromResult<Scorecard?>(null);
        }
        var standing = _scoreboard.Rank()[0];
        var aspectMarks = _scoreboard.AspectMarksOf(_contestant.Id);
        var modules = _scheme.Modules.Select((module, i) => new ScorecardModule(
            module.Id,
            module.Name,
            standing.ModuleTotals[i],
            module.Aspects.Select(a => new ScorecardAspect(a.Id, a.Name, a.MaxMark,
                aspectMarks.TryGetValue(a.Id, out var mark) ? mark : null)).ToList())).ToList();
        return Task.FromResult<Scorecard?>(new Scorecard(_competitionId, _contestant, standing.Total, modules));
    }

    public Task MarkRecordedAsync(RecordedMark mark)
    {
        // Apply ignores an entry it already holds (same or older sequence), so a notice racing the
        // activation's ledger read cannot count twice.
        _scoreboard?.Apply(mark.ToDomain());
        return Task.CompletedTask;
    }
}
