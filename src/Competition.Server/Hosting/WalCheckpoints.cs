using Competition.Data;

namespace Competition.Server.Hosting;

/// <summary>Checkpoints the SQLite WAL every second in the background, so no commit waits for one.</summary>
public sealed class WalCheckpoints(CompetitionDbContextFactory factory, ILogger<WalCheckpoints> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (factory.Provider != DatabaseProvider.Sqlite)
        {
            return;
        }
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await factory.CheckpointAsync(stoppingToken);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                // A busy or failed checkpoint loses nothing (the WAL keeps every commit); the next tick tries again.
                logger.LogWarning(error, "WAL checkpoint failed; retrying in {Interval}", Interval);
            }
        }
    }
}
