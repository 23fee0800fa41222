using Competition.Data;
using Microsoft.EntityFrameworkCore;

namespace Competition.Server.Auth;

/// <summary>Deletes sign-in counts whose window has ended, every few minutes: every username tried, known
/// or not, leaves a row, and an ended window would only start afresh anyway.</summary>
public sealed class SignInAttemptSweep(
    IDbContextFactory<CompetitionDbContext> contexts, TimeProvider time, ILogger<SignInAttemptSweep> logger)
    : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Every, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var db = await contexts.CreateDbContextAsync(stoppingToken);
                await SignInAttempts.SweepAsync(db, time.GetUtcNow(), stoppingToken);
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                // A busy database this time: the next sweep catches up.
                logger.LogWarning(failure, "Could not sweep ended sign-in counts.");
            }
        }
    }
}
