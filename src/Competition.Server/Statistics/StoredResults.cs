using Competition.Data;
using Competition.Domain;
using Competition.Grains.Contracts;
using Competition.Server.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Competition.Server.Statistics;

/// <summary>
/// The statistics read each contestant's rank, award and title from the contestant's row, where the competition stores
/// them when its results are locked and whenever it loads. A minute after the host is healthy, this loads every competition whose
/// locked results were never stored (locked before the statistics existed, in an upgraded database), so none is
/// missing from the figures; the demo's history is stored the same way.
/// </summary>
public sealed class StoredResults(
    IDbContextFactory<CompetitionDbContext> contexts, IGrainFactory grains, StartupWarmUp warmUp, IConfiguration configuration, ILogger<StoredResults> logger)
    : BackgroundService
{
    private static readonly CompetitionStatus[] Locked = [CompetitionStatus.ResultsLocked, CompetitionStatus.Published, CompetitionStatus.Archived];

    /// <summary>How long after the host is healthy this begins (<c>Statistics:StoreLockedResultsAfter</c>): a restarted
    /// venue server's judges and screens come first.</summary>
    private TimeSpan AfterHealthy => configuration.GetValue("Statistics:StoreLockedResultsAfter", TimeSpan.FromMinutes(1));

    /// <summary>Loads each competition once, two at a time (a loaded competition stores its locked results).</summary>
    public Task StoreAsync(IEnumerable<long> competitions, CancellationToken cancellationToken) =>
        Parallel.ForEachAsync(competitions, new ParallelOptions { MaxDegreeOfParallelism = 2, CancellationToken = cancellationToken },
            async (id, _) => await grains.Competition(id).GetViewAsync());

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => logger.RunInBackgroundAsync(async () =>
    {
        await warmUp.Done.WaitAsync(stoppingToken);
        await Task.Delay(AfterHealthy, stoppingToken);
        List<long> unstored;
        await using (var db = await contexts.CreateDbContextAsync(stoppingToken))
        {
            unstored = await db.Competitions.AsNoTracking()
                .Where(c => Locked.Contains(c.Status) && c.Contestants.Any(t => t.Withdrawal == null) && !c.Contestants.Any(t => t.FinalRank != null))
                .Select(c => c.Id).ToListAsync(stoppingToken);
        }
        await StoreAsync(unstored, stoppingToken);
        if (unstored.Count > 0)
        {
            logger.LogInformation("Stored the locked results of {Count} competitions for the statistics.", unstored.Count);
        }
    }, "Locked results could not be stored for the statistics; each competition stores its own when it next loads.", stoppingToken);
}
