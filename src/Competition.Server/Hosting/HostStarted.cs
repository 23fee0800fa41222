namespace Competition.Server.Hosting;

/// <summary>What the host's background work (the warm-up, the demo's history, storing locked results) shares.</summary>
public static class HostStarted
{
    /// <summary>Completes once the host has started (the web server listens), for background work that must come after.</summary>
    public static Task WhenStartedAsync(this IHostApplicationLifetime lifetime, CancellationToken cancellationToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        return started.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Runs background work to its end without ever failing the host: a failure is logged as a warning that
    /// says what it leaves undone (<paramref name="ifFailed"/>), and the host serves on; stopping ends it quietly.</summary>
    public static async Task RunInBackgroundAsync(this ILogger logger, Func<Task> work, string ifFailed, CancellationToken stoppingToken)
    {
        try
        {
            await work();
        }
        catch (Exception error) when (!stoppingToken.IsCancellationRequested)
        {
            logger.LogWarning(error, "{WhatIsLeft}", ifFailed);
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }
}
