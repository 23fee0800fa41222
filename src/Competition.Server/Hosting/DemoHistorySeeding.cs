using Competition.Data;
using Competition.Seed;
using Competition.Server.Statistics;
using Competition.Server.Workers;
using Microsoft.EntityFrameworkCore;

namespace Competition.Server.Hosting;

/// <summary>
/// Seeds the demo's synthetic history (<see cref="DemoHistory"/>) once the host is healthy, after the start that seeded the
/// demo itself (<c>Seed:DemoHistory</c>, on by default): a few seconds of writes and signatures that a fresh start
/// should not wait for. Then each history competition is loaded once, which ranks it and stores its results for the
/// statistics, as any competition's are stored when its results are locked.
/// </summary>
public sealed class DemoHistorySeeding(
    IServiceProvider services, IDbContextFactory<CompetitionDbContext> contexts, IConfiguration configuration, StartupWarmUp warmUp,
    ILogger<DemoHistorySeeding> logger) : BackgroundService
{
    private volatile bool _requested;
    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Finished (or failed, or not asked for): what a test waits on.</summary>
    public Task Done => _done.Task;

    /// <summary>Asks for the history, when the demo was seeded on this start.</summary>
    public void Request()
    {
        if (configuration.GetValue("Seed:DemoHistory", true))
        {
            _requested = true;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_requested)
        {
            await logger.RunInBackgroundAsync(async () =>
            {
                // Once the host is healthy: a fresh start answers first, then writes its history.
                await warmUp.Done.WaitAsync(stoppingToken);
                await SeedAsync(stoppingToken);
            }, "The demo's synthetic history could not be seeded; the statistics show the demo alone.", stoppingToken);
        }
        _done.TrySetResult();
    }

    private async Task SeedAsync(CancellationToken cancellationToken)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        IReadOnlyList<long> competitions;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            competitions = await DemoHistory.SeedAsync(db, new DemoPlatform(db, services, configuration), services.GetRequiredService<NationalIdHasher>().Hash,
                services.GetRequiredService<TimeProvider>(), services.GetRequiredService<PlatformCalendar>().Today(), cancellationToken);
        }
        await services.GetRequiredService<StoredResults>().StoreAsync(competitions, cancellationToken);
        logger.LogInformation("Seeded {Years} years of synthetic history in {Milliseconds} ms: {Competitions} archived competitions with their results, " +
            "assessments, certificates and agreements.", DemoHistory.Years, clock.ElapsedMilliseconds, competitions.Count);
    }
}
