using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Competition.Server.Audit;
using Competition.Server.Cluster;
using Competition.Server.Competitions;
using Competition.Server.Marking;
using Competition.Testing;

namespace Competition.IntegrationTests.Topology;

/// <summary>
/// The production topology as separate processes: a PostgreSQL server, three published hosts with Orleans'
/// ADO.NET clustering on it, and nginx in front with <c>deploy/nginx.conf</c>. Hundreds of phones watch
/// and six judges mark, all through nginx; mid-competition the host holding the competition is killed
/// with SIGKILL. Nothing acknowledged may be lost or doubled, the competition must come back on a live
/// host from its ledger and take marks again, and every phone must end on the final board.
/// Run by tests/run-tests.sh, which starts the PostgreSQL server and publishes the host.
/// </summary>
[Trait("Category", "Topology")]
[Collection(nameof(SerialTests))]
public sealed class ClusterTopologyTests
{
    private const int Hosts = 3;
    private const int Viewers = 300;
    private const int Judges = 6;
    private const int MarksBeforeKill = 60;
    private const int MarksAfterKill = 60;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    private sealed record Tablet(string Token, IReadOnlyList<long> Contestants, long AspectId);

    /// <summary>A mark the platform acknowledged: <see cref="SentAt"/> is when the attempt that was answered left, <see cref="At"/> when the answer came.</summary>
    private sealed record Acknowledged(Guid SubmissionId, long Sequence, long SentAt, long At);

    [Fact]
    public async Task Three_hosts_behind_nginx_lose_the_one_holding_the_competition_and_lose_no_mark()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var published = Environment.GetEnvironmentVariable("COMPETITION_TEST_PUBLISHED_SERVER")
            ?? throw new InvalidOperationException("COMPETITION_TEST_PUBLISHED_SERVER is not set: run the tests with tests/run-tests.sh, which publishes the host.");
        await using var cluster = await PlatformCluster.StartAsync(Hosts, published);
        var viewers = new List<Viewer>();
        try
        {
            using var http = new HttpClient { BaseAddress = cluster.Address };
            var client = new PlatformClient(http);
            var admin = await client.OrganizerTokenAsync();
            var members = await client.GetAsync<ClusterView>("/api/cluster", admin);
            Assert.Equal(Hosts, members.Silos.Count(s => s.Status == "Active"));

            var (competitionId, tablets) = await SetUpAsync(client);
            for (var i = 0; i < Viewers; i += 25)
            {
                viewers.AddRange(await Task.WhenAll(Enumerable.Range(i, 25).Select(v =>
                    Viewer.ConnectAsync(cluster.Address, competitionId, messagePack: v % 2 == 1, cancellation, hostKey: $"phone-{v}"))));
            }
            // nginx spread the phones over every host.
            Assert.All(cluster.Hosts, h => Assert.True(EstablishedConnections(h.Address.Port) >= Viewers / Hosts / 2,
                $"Host {h.Address} holds only {EstablishedConnections(h.Address.Port)} connections."));

            var acknowledged = new ConcurrentBag<Acknowledged>();
            var refusals = new ConcurrentQueue<string>();
            using var stop = new CancellationTokenSource();
            var marking = tablets.Select(t => MarkUntilStoppedAsync(new PlatformClient(http), competitionId, t, acknowledged, refusals, stop.Token)).ToList();
            await WaitUntilAsync(() => acknowledged.Count >= MarksBeforeKill, "marks before the kill");

            var holder = await cluster.KillHostOfAsync(competitionId, admin);
            var killedAt = Stopwatch.GetTimestamp();

            // Marks sent once the host was gone: none of them can have been answered by it.
            await WaitUntilAsync(() => acknowledged.Count(a => a.SentAt > killedAt) >= MarksAfterKill, "marks after the kill");
            var firstAfterKill = acknowledged.Where(a => a.SentAt > killedAt).Min(a => a.At);
            await stop.CancelAsync();
            await Task.WhenAll(marking);
            Assert.Empty(refusals);

            // The competition came back on a live host, rebuilt from its ledger.
            var newHolder = (await client.GetAsync<CompetitionHost>($"/api/cluster/competitions/{competitionId}", admin)).Silo;
            Assert.NotNull(newHolder);
            Assert.NotEqual(holder, newHolder);
            var final = await LedgerProof.AssertExactlyOnceAsync(cluster.Database, cluster.Address, competitionId,
                acknowledged.Select(a => (a.SubmissionId, a.Sequence)).ToList());
            var audit = await client.GetAsync<AuditVerification>($"/api/competitions/{competitionId}/audit/verify", admin);
            Assert.True(audit.Intact, audit.Reason);

            // Every phone, those of the lost host reconnected through nginx, holds exactly the final board.
            await WaitUntilAsync(() => viewers.All(v => v.LatestVersion == final.Version), "every phone on the final board");
            var everyBoardAt = Stopwatch.GetTimestamp();
            Assert.All(viewers, v => Assert.Equal(final.Rows.Select(r => (r.Rank, r.ContestantId, r.Total)),
                v.Latest!.Rows.Select(r => (r.Rank, r.ContestantId, r.Total))));
            Assert.True(viewers.Count(v => v.Reconnections > 0) >= Viewers / Hosts / 2, "The lost host's phones did not reconnect.");
            Assert.DoesNotContain(viewers, v => v.Closed);

            TestContext.Current.TestOutputHelper?.WriteLine(
                $"Failover: first mark accepted {Stopwatch.GetElapsedTime(killedAt, firstAfterKill).TotalSeconds:0.0} s after the kill; " +
                $"every phone on the final board {Stopwatch.GetElapsedTime(killedAt, everyBoardAt).TotalSeconds:0.0} s after it; " +
                $"{acknowledged.Count} marks, {viewers.Count(v => v.Reconnections > 0)} phones reconnected.");
        }
        finally
        {
            foreach (var viewer in viewers)
            {
                await viewer.DisposeAsync();
            }
        }
    }

    private static async Task<(long CompetitionId, IReadOnlyList<Tablet> Tablets)> SetUpAsync(PlatformClient client)
    {
        var request = SampleCompetition.Request("集群演练 焊工决赛", contestants: 20) with
        {
            Judges = Enumerable.Range(1, Judges).Select(j => new JudgeRequest($"裁判{j}", "随州职业技术学院")).ToList(),
        };
        var competition = await client.CreateCompetitionAsync(request);
        var aspect = competition.MarkingScheme.Modules[0].Aspects[0].Id;
        var tablets = new List<Tablet>();
        for (var j = 0; j < Judges; j++)
        {
            tablets.Add(new Tablet(await client.JudgeTokenAsync(competition, j), competition.Contestants.Select(c => c.Id).ToList(), aspect));
        }
        return (competition.Id, tablets);
    }

    /// <summary>One tablet, as the judge page's queue does: each mark is sent again, with its submission id,
    /// until it is acknowledged; only then comes the next.</summary>
    private static async Task MarkUntilStoppedAsync(PlatformClient client, long competitionId, Tablet tablet,
        ConcurrentBag<Acknowledged> acknowledged, ConcurrentQueue<string> refusals, CancellationToken stop)
    {
        decimal[] values = [10m, 9m, 8.5m, 8m, 6m, 4m, 0m];
        while (!stop.IsCancellationRequested && refusals.IsEmpty)
        {
            var submission = Guid.NewGuid();
            var contestant = tablet.Contestants[Random.Shared.Next(tablet.Contestants.Count)];
            var value = values[Random.Shared.Next(values.Length)];
            while (true)
            {
                var sentAt = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await client.SubmitMarkAsync(competitionId, tablet.Token, contestant, tablet.AspectId, value, submission, "复核");
                    if (response.IsSuccessStatusCode)
                    {
                        var accepted = (await response.Content.ReadFromJsonAsync<MarkAccepted>(PlatformClient.Json))!;
                        acknowledged.Add(new Acknowledged(submission, accepted.Sequence, sentAt, Stopwatch.GetTimestamp()));
                        break;
                    }
                    if (response.StatusCode is not (HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout))
                    {
                        refusals.Enqueue($"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
                        return;
                    }
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                    // The connection to nginx broke: the tablet tries again.
                }
                await Task.Delay(200);
            }
        }
    }

    /// <summary>Open TCP connections to a loopback port, from the kernel's table (IPv4 and IPv6).</summary>
    private static int EstablishedConnections(int port)
    {
        var local = $":{port:X4} ";
        return new[] { "/proc/net/tcp", "/proc/net/tcp6" }.Where(File.Exists).SelectMany(File.ReadLines).Skip(1)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Count(fields => fields.Length > 3 && (fields[1] + " ").EndsWith(local) && fields[3] == "01");
    }

    private static async Task WaitUntilAsync(Func<bool> done, string what)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(Patience.TotalSeconds * Stopwatch.Frequency);
        while (!done())
        {
            if (Stopwatch.GetTimestamp() > deadline)
            {
                throw new TimeoutException($"Waited {Patience.TotalSeconds} s for {what}.");
            }
            await Task.Delay(100);
        }
    }
}
