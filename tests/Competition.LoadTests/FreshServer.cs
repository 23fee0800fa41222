using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Competition.Data;
using Competition.Testing;

namespace Competition.LoadTests;

/// <summary>
/// A venue server's morning, or its restart after a power cut: the server published as a venue publishes it
/// (<c>dotnet publish -c Release</c>), started on an empty database with the demo data, killed, started again.
/// Measured on the restarted process with no warm-up at all: time to healthy, each public read's first
/// answer, and its first marks to every viewer against a bare broadcast from a separate minimal process
/// (<see cref="BareBroadcastServer"/>), started fresh in the same run.
/// </summary>
public sealed partial class LoadRun
{
    private const string DemoHrPassword = "load-test-hr-password";

    private async Task FreshServerAsync(int viewers, int marks)
    {
        var published = await PublishServerAsync();
        var database = TestDatabase.New(DatabaseProvider.Sqlite);
        var settings = new Dictionary<string, string> { ["Seed__Demo"] = "true", ["Seed__DemoHrPassword"] = DemoHrPassword };
        try
        {
            IReadOnlyList<string> reads;
            TimeSpan firstStart;
            await using (var first = await ServerProcess.StartAsync(database, settings, published))
            {
                firstStart = first.TimeToHealthy;
                reads = await PublicReadsAsync(first.Address);
                // A power cut: no shutdown, the WAL left as it was.
                await first.KillAsync();
            }
            await using var server = await ServerProcess.StartAsync(database, settings, published);
            output.WriteLine($"A fresh server (published Release build, SQLite, demo data), no warm-up:");
            output.WriteLine($"  to healthy          : first start {firstStart.TotalSeconds:0.00} s (seeding the demo); restart after SIGKILL {server.TimeToHealthy.TotalSeconds:0.00} s");
            Verdict($"restart to healthy {server.TimeToHealthy.TotalSeconds:0.00} s (≤ 3 s)", server.TimeToHealthy <= TimeSpan.FromSeconds(3));

            var slowest = await FirstReadsAsync(server.Address, reads);
            Verdict($"first read of each public route: slowest {slowest.Path} {slowest.Milliseconds:0} ms (≤ 100 ms)", slowest.Milliseconds <= 100);

            await FreshFanOutAsync(server, viewers, marks);
        }
        finally
        {
            await database.DeleteAsync();
            Directory.Delete(published, recursive: true);
        }
    }

    /// <summary>The public GET routes (pages included), with ids of the demo data: run before the restart.</summary>
    private static async Task<IReadOnlyList<string>> PublicReadsAsync(Uri server)
    {
        using var http = new HttpClient { BaseAddress = server };
        var competitions = await http.GetFromJsonAsync<JsonElement>("api/competitions");
        var running = competitions.EnumerateArray().First(c => c.GetProperty("status").GetString() == "live");
        var id = running.GetProperty("id").GetInt64();
        var definition = await http.GetFromJsonAsync<JsonElement>($"api/competitions/{id}");
        var contestant = definition.GetProperty("contestants")[0].GetProperty("id").GetInt64();
        var client = new PlatformClient(http);
        var hr = (await client.SignInAsync("hr", DemoHrPassword)).Token;
        var certificate = (await client.GetAsync<JsonElement>("api/certificates", hr))[0].GetProperty("number").GetString();
        var reads = new List<string>
        {
            "", $"board/{id}", "verify", "api/platform", "api/competitions", $"api/competitions/{id}", $"api/competitions/{id}/leaderboard",
            $"api/competitions/{id}/contestants/{contestant}", $"api/competitions/{id}/draw", "api/wage-guidance",
            $"api/certificates/{certificate}/verify", $"api/issuers/{running.GetProperty("hostOrganizationId").GetInt64()}",
            "api/status-lists/message/0", ".well-known/jwks.json", "api/sheet-templates/contestants",
        };
        // A finished competition's published results, where the demo has one.
        foreach (var other in competitions.EnumerateArray())
        {
            var results = $"api/competitions/{other.GetProperty("id").GetInt64()}/results";
            if ((await http.GetAsync(results)).IsSuccessStatusCode)
            {
                reads.Add(results);
                break;
            }
        }
        return reads;
    }

    /// <summary>Each read's first and second answer on a server nothing has asked yet; answers the slowest first one.</summary>
    private async Task<(string Path, double Milliseconds)> FirstReadsAsync(Uri server, IReadOnlyList<string> reads)
    {
        using var http = new HttpClient { BaseAddress = server };
        output.WriteLine("  first read          : first answer / second answer, in the order asked");
        var slowest = ("", 0.0);
        foreach (var path in reads)
        {
            var first = await TimeReadAsync(http, path);
            var second = await TimeReadAsync(http, path);
            output.WriteLine($"    GET /{path,-48} {first,7:0.0} ms {second,7:0.0} ms");
            if (first > slowest.Item2)
            {
                slowest = ("/" + path, first);
            }
        }
        return slowest;
    }

    private static async Task<double> TimeReadAsync(HttpClient http, string path)
    {
        var sentAt = Stopwatch.GetTimestamp();
        using var response = await http.GetAsync(path);
        await response.Content.ReadAsByteArrayAsync();
        var elapsed = Stopwatch.GetElapsedTime(sentAt).TotalMilliseconds;
        return response.IsSuccessStatusCode ? elapsed : throw new HttpRequestException($"GET /{path}: {(int)response.StatusCode}");
    }

    /// <summary>The first marks of a competition on the fresh server to every viewer, alternated with bare
    /// broadcasts of the same board from a separate process started just as fresh, to as many viewers.</summary>
    private async Task FreshFanOutAsync(ServerProcess server, int viewerCount, int marks)
    {
        // Server GC, as every ASP.NET Core host (the platform too) has by default.
        await using var bare = await ServerProcess.StartProgramAsync(typeof(BareBroadcastServer).Assembly.Location, [BareBroadcastServer.Command],
            new Dictionary<string, string> { ["DOTNET_gcServer"] = "1" });
        using var bareHttp = new HttpClient { BaseAddress = bare.Address };
        // The restart's same-run reference: what starting any ASP.NET Core process with SignalR costs on these cores.
        output.WriteLine($"  minimal process     : healthy {bare.TimeToHealthy.TotalSeconds:0.00} s after its start; the platform's restart took " +
            $"{server.TimeToHealthy / bare.TimeToHealthy:0.0}× that");
        var (client, competitions) = await CreateCompetitionsAsync(server, 1);
        var competition = competitions[0];
        var board = await client.LeaderboardAsync(competition.Competition.Id);
        (await bareHttp.PutAsJsonAsync("board", board, PlatformClient.Json)).EnsureSuccessStatusCode();
        var viewers = await ConnectViewersAsync(server, [competition.Competition], viewerCount);
        var bareViewers = await ConnectViewersAsync(bare, [competition.Competition], viewerCount);
        var (ours, floor, cpu) = await AlternateAsync(client, competition, viewers, new BareBroadcast([bareHttp], nonce => $"floor/{nonce}", bareViewers),
            warmUpRounds: 0, marks, [server]);
        output.WriteLine($"  first {marks} marks → every one of {viewerCount:N0} viewers: {ours}");
        output.WriteLine($"  bare broadcast, separate process : {floor}");
        output.WriteLine($"  while measured (the platform)    : {cpu}");
        var (p50, p99) = (ours.P50 / floor.P50, ours.P99 / floor.P99);
        output.WriteLine($"  ratio to it                       : p50 {p50:0.00}  p99 {p99:0.00}");
        Verdict($"fresh-server fan-out {viewerCount:N0} viewers: p50 ratio {p50:0.00} (≤ 1.0), p99 ratio {p99:0.00} (≤ 1.2)",
            p50 <= 1.0 && p99 <= 1.2 && ours.Missing == 0);
        await DisposeAllAsync(viewers);
        await DisposeAllAsync(bareViewers);
    }

    /// <summary><c>dotnet publish -c Release</c> of the server, as the README tells a venue to, into a folder of this run.</summary>
    private async Task<string> PublishServerAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"competition-published-{Guid.NewGuid():N}");
        var clock = Stopwatch.StartNew();
        var info = new ProcessStartInfo("dotnet", ["publish", Path.Combine(RepositoryPaths.Root, "src", "Competition.Server"), "-c", "Release", "-o", folder, "-v", "q", "-nologo"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var publish = Process.Start(info)!;
        var said = publish.StandardOutput.ReadToEndAsync();
        var errors = publish.StandardError.ReadToEndAsync();
        await publish.WaitForExitAsync();
        if (publish.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish failed: {await said}{await errors}");
        }
        output.WriteLine($"Published the server (dotnet publish -c Release) in {clock.Elapsed.TotalSeconds:0} s.");
        return folder;
    }
}
