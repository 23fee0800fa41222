using Competition.Data;
using Competition.Server.Cluster;

namespace Competition.Testing;

/// <summary>
/// The production topology as processes on one machine: a database on the PostgreSQL server of the run,
/// several hosts clustered on it with Orleans' ADO.NET clustering (started together, as a deployment
/// does), and nginx in front with <c>deploy/nginx.conf</c>. Everything a client does goes through <see cref="Address"/>.
/// </summary>
public sealed class PlatformCluster : IAsyncDisposable
{
    private readonly List<ServerProcess> _hosts;
    private readonly LoadBalancer _nginx;

    private PlatformCluster(TestDatabase database, List<ServerProcess> hosts, LoadBalancer nginx) =>
        (Database, _hosts, _nginx) = (database, hosts, nginx);

    public TestDatabase Database { get; }

    /// <summary>nginx's address: the platform's, for every client.</summary>
    public Uri Address => _nginx.Address;

    /// <summary>The hosts still running.</summary>
    public IReadOnlyList<ServerProcess> Hosts => _hosts;

    /// <param name="published">The folder <c>dotnet publish</c> wrote; null: the server built with the running code.</param>
    public static async Task<PlatformCluster> StartAsync(int hosts, string? published)
    {
        var database = TestDatabase.New(DatabaseProvider.PostgreSql);
        var settings = new Dictionary<string, string>
        {
            ["Orleans__Clustering"] = "AdoNet",
            ["Orleans__AdoNet__Invariant"] = "Npgsql",
            ["Orleans__ClusterId"] = $"cluster-{Guid.NewGuid():N}",
            ["Orleans__AdvertisedAddress"] = "127.0.0.1",
        };
        // All at once on an empty database: its migrations (Orleans' tables among them) run once.
        var starting = Enumerable.Range(0, hosts).Select(_ => ServerProcess.StartAsync(database, settings, published)).ToList();
        try
        {
            await Task.WhenAll(starting);
            var started = starting.Select(s => s.Result).ToList();
            return new PlatformCluster(database, started, await LoadBalancer.StartAsync(started.Select(h => h.Address).ToList()));
        }
        catch
        {
            // One host or nginx did not start: the others must not outlive the run.
            foreach (var host in starting.Where(s => s.IsCompletedSuccessfully).Select(s => s.Result))
            {
                await host.DisposeAsync();
            }
            await database.DeleteAsync();
            throw;
        }
    }

    /// <summary>Kills (SIGKILL) the host whose silo holds <paramref name="competitionId"/>'s grain; answers that silo.</summary>
    public async Task<string> KillHostOfAsync(long competitionId, string administrator)
    {
        using var http = new HttpClient { BaseAddress = Address };
        var silo = (await new PlatformClient(http).GetAsync<CompetitionHost>($"/api/cluster/competitions/{competitionId}", administrator)).Silo
            ?? throw new InvalidOperationException($"Competition {competitionId} is active nowhere.");
        foreach (var host in _hosts)
        {
            using var direct = new HttpClient { BaseAddress = host.Address };
            if ((await new PlatformClient(direct).GetAsync<ClusterView>("/api/cluster", administrator)).ThisSilo == silo)
            {
                await host.KillAsync();
                _hosts.Remove(host);
                return silo;
            }
        }
        throw new InvalidOperationException($"No started host is silo {silo}.");
    }

    public async ValueTask DisposeAsync()
    {
        await _nginx.DisposeAsync();
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }
        await Database.DeleteAsync();
    }
}
