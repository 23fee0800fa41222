using System.Diagnostics;

namespace Competition.Testing;

/// <summary>Waiting for a host to answer <c>GET /healthz</c> with 200: a host warms up after a start before it
/// reports ready, as a load balancer expects.</summary>
public static class Healthz
{
    /// <summary>Polls <paramref name="address"/>'s <c>/healthz</c> until it answers 200; fails at once when
    /// <paramref name="process"/> (a server or nginx of the test's own) exits, and after <paramref name="patience"/>.
    /// <paramref name="whereToLook"/> names what tells why (a log).</summary>
    public static async Task WaitAsync(Uri address, Process process, TimeSpan patience, Func<string> whereToLook)
    {
        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(2) };
        await PollAsync(http, patience, () => process.HasExited ? $"{address} exited with {process.ExitCode}; {whereToLook()}" : null,
            () => $"{address} did not become healthy; {whereToLook()}");
    }

    /// <summary>Polls an in-memory host's <c>/healthz</c> through <paramref name="http"/> until it answers 200.</summary>
    public static Task WaitAsync(HttpClient http, TimeSpan patience) =>
        PollAsync(http, patience, () => null, () => $"{http.BaseAddress} did not become healthy");

    private static async Task PollAsync(HttpClient http, TimeSpan patience, Func<string?> gone, Func<string> timedOut)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(patience.TotalSeconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < deadline)
        {
            if (gone() is { } why)
            {
                throw new InvalidOperationException(why);
            }
            try
            {
                if ((await http.GetAsync("healthz")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }
            await Task.Delay(50);
        }
        throw new TimeoutException(timedOut());
    }
}
