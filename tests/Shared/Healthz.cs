using System.Diagnostics;

namespace Competition.Testing;

/// <summary>Waiting for a process of the test's own (a server, nginx) to answer <c>GET /healthz</c>.</summary>
public static class Healthz
{
    /// <summary>Polls <paramref name="address"/>'s <c>/healthz</c> until it answers 200; fails at once when
    /// <paramref name="process"/> exits, and after <paramref name="patience"/>. <paramref name="whereToLook"/> names
    /// what tells why (a log).</summary>
    public static async Task WaitAsync(Uri address, Process process, TimeSpan patience, Func<string> whereToLook)
    {
        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.GetTimestamp() + (long)(patience.TotalSeconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{address} exited with {process.ExitCode}; {whereToLook()}");
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
        throw new TimeoutException($"{address} did not become healthy; {whereToLook()}");
    }
}
