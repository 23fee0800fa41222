using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using Competition.Data;
using Competition.Domain.Certification;
using Competition.Server.Certificates;
using Competition.Server.Competitions;
using Competition.Server.Marking;
using Competition.Testing;

namespace Competition.LoadTests;

/// <summary>
/// The load benchmark: each scenario starts a fresh server process (Release build, its own SQLite file),
/// drives it through the public API and real SignalR connections from this process, and prints its
/// figures and whether each target is met. <c>--quick</c> scales every scenario down for a smoke run.
/// </summary>
public sealed partial class LoadRun(bool quick, TextWriter output)
{
    private const int BoardRows = 24;
    /// <summary>The quiet before each fan-out round: "one mark at a time" means each starts from an idle system,
    /// not inside the tail of the round before (its collections, buffers, the grain's coalescing timer).</summary>
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(60);

    /// <summary>Rounds of both paths before any is counted: enough for the JIT's tiered compilation to have
    /// rewritten the hot methods (30 calls each, then a background compile), which otherwise lands in the
    /// measured rounds — and the mark path, with far more methods, pays for it more than a bare broadcast.</summary>
    private const int WarmUpRounds = 40;
    private readonly List<string> _verdicts = [];

    public static readonly string[] Scenarios = ["fanout", "day", "connections", "ingest", "standings", "certify", "organize", "postgres", "cluster", "fresh"];

    public IReadOnlyList<string> Verdicts => _verdicts;

    public async Task RunAsync(IEnumerable<string> scenarios)
    {
        output.WriteLine(Machine());
        foreach (var scenario in scenarios)
        {
            output.WriteLine();
            await (scenario switch
            {
                "fanout" => FanOutAsync(quick ? [100, 400] : [500, 2_000]),
                "day" => CompetitionDayAsync(competitions: 10, viewers: quick ? 400 : 2_000, marksPerSecond: 100, TimeSpan.FromSeconds(quick ? 15 : 60)),
                "connections" => ManyConnectionsAsync(quick ? 1_000 : 10_000),
                "ingest" => IngestVerdictAsync(TimeSpan.FromSeconds(quick ? 5 : 20)),
                "postgres" => PostgresIngestAsync(TimeSpan.FromSeconds(quick ? 5 : 20)),
                "cluster" => ClusterAsync(viewers: quick ? 300 : 1_000),
                "fresh" => FreshServerAsync(viewers: quick ? 100 : 500, marks: quick ? 50 : 300),
                "standings" => Task.Run(Standings),
                "certify" => CertifyAsync(quick ? 500 : BulkIssuanceRows, verifications: quick ? 500 : 5_000),
                "organize" => OrganizeAsync(competitions: quick ? 400 : 2_000, organizations: 20, contestantRows: quick ? 500 : 2_000),
                _ => throw new ArgumentException($"Unknown scenario '{scenario}'; choose from {string.Join(", ", Scenarios)}."),
            });
        }
        output.WriteLine();
        output.WriteLine("Targets:");
        foreach (var verdict in _verdicts)
        {
            output.WriteLine($"  {verdict}");
        }
    }

    /// <summary>One competition, one mark at a time, each waited for at every viewer; alternated with bare
    /// broadcasts of the same board to the same connections (the floor).</summary>
    private async Task FanOutAsync(int[] viewerCounts)
    {
        await using var server = await StartServerAsync();
        var (client, competitions) = await CreateCompetitionsAsync(server, 1);
        var competition = competitions[0];
        var viewers = new List<Viewer>();
        using var http = new HttpClient { BaseAddress = server.Address };
        foreach (var count in viewerCounts)
        {
            viewers.AddRange(await ConnectViewersAsync(server, [competition.Competition], count - viewers.Count));
            // Every viewer of a round waits on the same broadcast, so a round is one sample of the tail: 300 of
            // them make a p99 that is not just the single worst round.
            var rounds = quick ? 50 : 300;
            var floor = new BareBroadcast(http, nonce => $"/benchmark/floor/{competition.Competition.Id}/{nonce}", viewers);
            var (ours, floors) = await AlternateAsync(client, competition, viewers, floor, WarmUpRounds, rounds);
            output.WriteLine($"Fan-out, 1 competition, {viewers.Count:N0} viewers ({viewers.Count(v => v.MessagePack):N0} MessagePack), {rounds} marks one at a time:");
            output.WriteLine($"  mark → every viewer : {ours}");
            output.WriteLine($"  bare broadcast floor: {floors}");
            var (p50, p99) = (ours.P50 / floors.P50, ours.P99 / floors.P99);
            output.WriteLine($"  ratio to the floor  : p50 {p50:0.00}  p99 {p99:0.00}");
            Verdict($"fan-out {viewers.Count:N0} viewers: p50 ratio {p50:0.00}, p99 ratio {p99:0.00} (≤ 1.0)", p50 <= 1.0 && p99 <= 1.0 && ours.Missing == 0);
        }
        await DisposeAllAsync(viewers);
    }

    /// <summary>Where a bare broadcast of the board is sent (<see cref="Path"/> of a nonce, POSTed) and who receives it.</summary>
    private sealed record BareBroadcast(HttpClient Http, Func<long, string> Path, IReadOnlyList<Viewer> Viewers);

    private long _floorNonce = 1_000_000L;

    /// <summary>Rounds of one mark, waited for at every viewer, and one bare broadcast, waited for at every one of
    /// its viewers; the first <paramref name="warmUpRounds"/> are not counted. Which goes first alternates, so
    /// neither always runs in the wake of the other (its garbage, its buffers).</summary>
    private async Task<(Latencies Marks, Latencies Floor)> AlternateAsync(PlatformClient client, LoadCompetition competition,
        IReadOnlyList<Viewer> viewers, BareBroadcast floor, int warmUpRounds, int rounds)
    {
        var ours = new Latencies();
        var floors = new Latencies();
        for (var round = -warmUpRounds; round < rounds; round++)
        {
            var markFirst = round % 2 == 0;
            if (markFirst)
            {
                await MarkRoundAsync(round >= 0);
            }
            await FloorRoundAsync(round >= 0);
            if (!markFirst)
            {
                await MarkRoundAsync(round >= 0);
            }
        }
        return (ours, floors);

        async Task MarkRoundAsync(bool counted)
        {
            await Task.Delay(Quiet);
            var markSentAt = Stopwatch.GetTimestamp();
            var sequence = await competition.MarkAsync(client, 0);
            if (!await UntilAsync(() => viewers.All(v => v.LatestVersion >= sequence || v.Closed)))
            {
                output.WriteLine($"  ! version {sequence} did not reach {viewers.Count(v => v.LatestVersion < sequence)} viewers " +
                    $"(they hold {string.Join(", ", viewers.Where(v => v.LatestVersion < sequence).Select(v => v.LatestVersion).Distinct().Take(5))}; {viewers.Sum(v => v.Gaps)} gaps)");
            }
            if (counted)
            {
                foreach (var viewer in viewers)
                {
                    ours.Add(markSentAt, viewer.FirstSeen(sequence));
                }
            }
        }

        async Task FloorRoundAsync(bool counted)
        {
            await Task.Delay(Quiet);
            var floorSentAt = Stopwatch.GetTimestamp();
            var nonce = ++_floorNonce;
            (await floor.Http.PostAsync(floor.Path(nonce), null)).EnsureSuccessStatusCode();
            if (!await UntilAsync(() => floor.Viewers.All(v => v.FloorSeen(nonce) is not null || v.Closed)))
            {
                output.WriteLine($"  ! floor {nonce} did not reach {floor.Viewers.Count(v => v.FloorSeen(nonce) is null)} viewers");
            }
            if (counted)
            {
                foreach (var viewer in floor.Viewers)
                {
                    floors.Add(floorSentAt, viewer.FloorSeen(nonce));
                }
            }
        }
    }

    /// <summary>Viewers spread over several competitions while judges mark at a steady total rate.</summary>
    private async Task CompetitionDayAsync(int competitions, int viewers, int marksPerSecond, TimeSpan duration)
    {
        await using var server = await StartServerAsync();
        var (client, created) = await CreateCompetitionsAsync(server, competitions);
        var audience = await ConnectViewersAsync(server, created.Select(c => c.Competition).ToList(), viewers);
        var report = await DriveJudgesAsync(server, client, created, audience, marksPerSecond, duration);
        output.WriteLine($"A competition day: {audience.Count:N0} viewers over {competitions} competitions, judges at {marksPerSecond} marks/s for {duration.TotalSeconds:0} s:");
        output.WriteLine(report.Describe(audience.Count));
        Verdict($"competition day: p99 {report.Latencies.P99:0} ms (≤ 1000), {report.Errors} errors, {report.WrongFinalBoards} viewers off the final standings",
            report.Latencies.P99 <= 1000 && report.Errors == 0 && report.WrongFinalBoards == 0 && report.Latencies.Missing == 0);
        await DisposeAllAsync(audience);
    }

    /// <summary>Many connections held at once on one server, with updates flowing to all of them.</summary>
    private async Task ManyConnectionsAsync(int viewers)
    {
        await using var server = await StartServerAsync();
        var (client, created) = await CreateCompetitionsAsync(server, 10);
        await Task.Delay(2_000);
        var before = server.ResidentMiB();
        var audience = await ConnectViewersAsync(server, created.Select(c => c.Competition).ToList(), viewers);
        await Task.Delay(2_000);
        var held = server.ResidentMiB();
        var report = await DriveJudgesAsync(server, client, created, audience, marksPerSecond: 20, TimeSpan.FromSeconds(quick ? 10 : 30));
        output.WriteLine($"{audience.Count:N0} connections held on one server, judges at 20 marks/s:");
        output.WriteLine($"  server memory       : {before:0} MiB before, {held:0} MiB holding them → {(held - before) * 1024 / audience.Count:0.0} KiB per connection");
        output.WriteLine(report.Describe(audience.Count));
        Verdict($"{audience.Count:N0} connections held, updates flowing to all ({report.WrongFinalBoards} off the final standings, {report.Errors} errors)",
            report.WrongFinalBoards == 0 && report.Errors == 0 && audience.All(v => !v.Closed));
        await DisposeAllAsync(audience);
    }

    private const int IngestCompetitions = 20;

    private async Task IngestVerdictAsync(TimeSpan duration)
    {
        var (rate, errors, _) = await IngestAsync(TestDatabase.New(DatabaseProvider.Sqlite), duration);
        Verdict($"durable ingest {rate:N0} acknowledged marks/s (≥ 3,000)", rate >= 3_000 && errors == 0);
    }

    /// <summary>The same ingest on SQLite and on PostgreSQL (the server of <c>tests/throwaway-postgres.sh</c>), and
    /// PostgreSQL's own rate for grouped inserts from as many writers: the ceiling the group commit works under.</summary>
    private async Task PostgresIngestAsync(TimeSpan duration)
    {
        var (sqlite, _, _) = await IngestAsync(TestDatabase.New(DatabaseProvider.Sqlite), duration);
        var database = TestDatabase.New(DatabaseProvider.PostgreSql);
        try
        {
            var (postgres, errors, _) = await IngestAsync(database, duration);
            var floor = await PostgresGroupedInsertsAsync(database, writers: IngestCompetitions, duration);
            output.WriteLine($"PostgreSQL's own grouped inserts: {IngestCompetitions} writers, 10 rows a transaction, back to back: {floor:N0} rows/s");
            output.WriteLine($"  platform / floor    : {postgres / floor:0.00}; PostgreSQL / SQLite: {postgres / sqlite:0.00}");
            Verdict($"durable ingest on PostgreSQL {postgres:N0} marks/s, SQLite {sqlite:N0} marks/s (PostgreSQL ≥ SQLite)", postgres >= sqlite && errors == 0);
        }
        finally
        {
            await database.DeleteAsync();
        }
    }

    /// <summary>Durable ingest: every judge of many competitions sends marks back to back; each answer means committed.</summary>
    private async Task<(double Rate, long Errors, Latencies Acknowledgements)> IngestAsync(TestDatabase database, TimeSpan duration)
    {
        await using var server = await StartServerAsync(database);
        var (client, created) = await CreateCompetitionsAsync(server, IngestCompetitions);
        var judges = created.SelectMany(c => c.Judges).ToList();
        long acknowledged = 0, errors = 0;
        var acknowledgements = new Latencies();
        // The first seconds warm the JIT and the connection pool and are not counted: the figure is the sustained rate.
        var warmUp = TimeSpan.FromSeconds(3);
        var clock = Stopwatch.StartNew();
        var cpu = 0.0;
        var counting = Task.Delay(warmUp).ContinueWith(_ => cpu = server.CpuSeconds());
        await Task.WhenAll(judges.Select(async j =>
        {
            while (clock.Elapsed < warmUp + duration)
            {
                try
                {
                    var sentAt = Stopwatch.GetTimestamp();
                    await j.Competition.MarkAsync(client, j.Judge);
                    if (clock.Elapsed >= warmUp)
                    {
                        Interlocked.Increment(ref acknowledged);
                        lock (acknowledgements)
                        {
                            acknowledgements.Add(sentAt, Stopwatch.GetTimestamp());
                        }
                    }
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref errors);
                }
            }
        }));
        await counting;
        var seconds = (clock.Elapsed - warmUp).TotalSeconds;
        var rate = acknowledged / seconds;
        output.WriteLine($"Durable ingest on {database.Provider}: {judges.Count} judges over {IngestCompetitions} competitions, back to back for {duration.TotalSeconds:0} s:");
        output.WriteLine($"  acknowledged marks  : {acknowledged:N0} ({rate:N0}/s), {errors} errors");
        output.WriteLine($"  acknowledgement     : {acknowledgements}");
        output.WriteLine($"  server              : {(server.CpuSeconds() - cpu) / seconds * 100:0}% CPU (of 200%), {server.ResidentMiB():0} MiB resident");
        return (rate, errors, acknowledgements);
    }

    /// <summary>Rows a second PostgreSQL commits from <paramref name="writers"/> writers inserting 10 rows a transaction.</summary>
    private static async Task<double> PostgresGroupedInsertsAsync(TestDatabase database, int writers, TimeSpan duration)
    {
        await using var source = Npgsql.NpgsqlDataSource.Create(database.ConnectionString);
        await using (var create = source.CreateCommand("CREATE TABLE ingest_floor (id bigserial PRIMARY KEY, competition bigint NOT NULL, payload text NOT NULL)"))
        {
            await create.ExecuteNonQueryAsync();
        }
        long rows = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, writers).Select(async writer =>
        {
            await using var connection = await source.OpenConnectionAsync();
            while (clock.Elapsed < duration)
            {
                await using var transaction = await connection.BeginTransactionAsync();
                await using var insert = new Npgsql.NpgsqlCommand(
                    "INSERT INTO ingest_floor (competition, payload) SELECT @c, md5(g::text) FROM generate_series(1, 10) g", connection, transaction);
                insert.Parameters.AddWithValue("c", (long)writer);
                await insert.ExecuteNonQueryAsync();
                await transaction.CommitAsync();
                Interlocked.Add(ref rows, 10);
            }
        }));
        return rows / clock.Elapsed.TotalSeconds;
    }

    /// <summary>
    /// Three hosts clustered on PostgreSQL behind nginx: a mark's way to every viewer through nginx across the
    /// silos, one mark at a time; then the host holding the competition is killed while a judge keeps marking,
    /// and the time until a mark is accepted again and until every viewer holds the final board is taken.
    /// </summary>
    private async Task ClusterAsync(int viewers)
    {
        await using var cluster = await PlatformCluster.StartAsync(hosts: 3, published: null);
        var client = new PlatformClient(new HttpClient { BaseAddress = cluster.Address });
        var admin = await client.OrganizerTokenAsync();
        var created = await client.CreateCompetitionAsync(SampleCompetition.Request("负载测试 集群", contestants: BoardRows));
        var competition = new LoadCompetition(created, [await client.JudgeTokenAsync(created, 0)]);
        var audience = new Viewer[viewers];
        await Parallel.ForAsync(0, viewers, new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (i, cancellation) =>
            audience[i] = await Viewer.ConnectAsync(cluster.Address, created.Id, messagePack: i % 2 == 1, cancellation, hostKey: $"phone-{i}"));

        var fanOut = new Latencies();
        var rounds = quick ? 30 : 200;
        for (var round = -WarmUpRounds; round < rounds; round++)
        {
            await Task.Delay(Quiet);
            var sentAt = Stopwatch.GetTimestamp();
            var sequence = await competition.MarkAsync(client, 0);
            await UntilAsync(() => audience.All(v => v.LatestVersion >= sequence));
            if (round >= 0)
            {
                foreach (var viewer in audience)
                {
                    fanOut.Add(sentAt, viewer.FirstSeen(sequence));
                }
            }
        }
        output.WriteLine($"Fan-out through nginx across 3 silos (PostgreSQL, ADO.NET clustering), {viewers:N0} viewers, {rounds} marks one at a time:");
        output.WriteLine($"  mark → every viewer : {fanOut}");

        // Failover: one judge keeps marking (each mark resent until answered) while the holder is killed.
        using var stop = new CancellationTokenSource();
        long? firstAccepted = null;
        var killedAt = long.MaxValue;
        long lastSequence = 0;
        var judge = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var sentAt = Stopwatch.GetTimestamp();
                try
                {
                    lastSequence = await competition.MarkAsync(client, 0);
                    if (sentAt > Volatile.Read(ref killedAt))
                    {
                        firstAccepted ??= Stopwatch.GetTimestamp();
                    }
                }
                catch (HttpRequestException)
                {
                    await Task.Delay(200);
                }
            }
        });
        await Task.Delay(1_000);
        await cluster.KillHostOfAsync(created.Id, admin);
        Volatile.Write(ref killedAt, Stopwatch.GetTimestamp());
        var accepted = await UntilAsync(() => firstAccepted is not null, TimeSpan.FromSeconds(90));
        await Task.Delay(1_000);
        await stop.CancelAsync();
        await judge;
        var final = await client.LeaderboardAsync(created.Id);
        var everyViewer = await UntilAsync(() => audience.All(v => v.LatestVersion == final.Version), TimeSpan.FromSeconds(90));
        var allAt = Stopwatch.GetTimestamp();
        output.WriteLine("Failover: the host holding the competition killed (SIGKILL) while a judge marks:");
        output.WriteLine($"  first mark accepted : {(accepted ? $"{Stopwatch.GetElapsedTime(killedAt, firstAccepted!.Value).TotalSeconds:0.0} s" : "NEVER")} after the kill");
        output.WriteLine($"  every viewer final  : {(everyViewer ? $"{Stopwatch.GetElapsedTime(killedAt, allAt).TotalSeconds:0.0} s" : "NOT ALL")} after the kill " +
            $"({audience.Count(v => v.Reconnections > 0):N0} reconnected; version {final.Version}, last acknowledged {lastSequence})");
        Verdict($"cluster: fan-out p99 {fanOut.P99:0} ms through nginx (≤ 1000); failover {(accepted ? "accepted marks again" : "NEVER accepted marks again")}, " +
            $"{(everyViewer ? "every viewer on the final board" : "viewers off the final board")}", fanOut.P99 <= 1000 && fanOut.Missing == 0 && accepted && everyViewer);
        await DisposeAllAsync(audience);
    }

    private const int BulkIssuanceRows = 5_000;

    /// <summary>
    /// Certification at the sizes HR offices work at: the largest bulk file (5,000 rows: workers, assessments,
    /// signed certificates, one transaction), then verification by number from 32 concurrent clients.
    /// </summary>
    private async Task CertifyAsync(int rows, int verifications)
    {
        await using var server = await StartServerAsync();
        var client = new PlatformClient(new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromMinutes(5) });
        var hr = await client.HrOfficerTokenAsync("负载测试机构");
        var random = new Random(2026);
        var ids = new HashSet<string>();
        while (ids.Count < rows)
        {
            ids.Add(NationalIds.Complete($"4213{random.Next(100):00}{new DateTime(1970, 1, 1).AddDays(random.Next(11_000)):yyyyMMdd}{random.Next(1000):000}"));
        }
        var csv = new StringBuilder("name,nationalId,employer,occupationCode,occupationEdition,occupationName,workType,level,route,theory,practical,review,examiners\n");
        foreach (var (id, i) in ids.Select((id, i) => (id, i)))
        {
            csv.Append($"职工{i},{id},随州邮政,4-02-07-03,2022,快件处理员,,中级工,social,{60 + i % 40},{61 + i % 39},,王芳\n");
        }
        var clock = Stopwatch.StartNew();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/certificates/bulk") { Content = new StringContent(csv.ToString(), Encoding.UTF8, "text/csv") };
        request.Headers.Authorization = new("Bearer", hr);
        var response = await client.Http.SendAsync(request);
        var bulkSeconds = clock.Elapsed.TotalSeconds;
        var issued = response.IsSuccessStatusCode ? (await response.Content.ReadFromJsonAsync<BulkIssued>(PlatformClient.Json))!.Certificates : [];

        var verified = 0;
        var wrong = 0;
        clock.Restart();
        await Parallel.ForEachAsync(Enumerable.Range(0, issued.Count == 0 ? 0 : verifications), new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (i, _) =>
        {
            var verdict = await client.GetAsync<CertificateVerification>($"/api/certificates/{issued[i % issued.Count].Number}/verify");
            Interlocked.Increment(ref verdict.State == CertificateState.Valid ? ref verified : ref wrong);
        });
        var verifySeconds = clock.Elapsed.TotalSeconds;
        output.WriteLine($"Certification: one bulk file of {rows:N0} rows, then {verifications:N0} verifications by 32 clients:");
        output.WriteLine($"  bulk issuance       : {issued.Count:N0} signed certificates in {bulkSeconds:0.0} s ({issued.Count / bulkSeconds:N0}/s), HTTP {(int)response.StatusCode}");
        output.WriteLine($"  verification        : {verified:N0} valid, {wrong} not, {verified / verifySeconds:N0}/s (signature checked each time)");
        output.WriteLine($"  server              : {server.ResidentMiB():0} MiB resident");
        Verdict($"bulk issuance of {rows:N0} rows: all issued in one request", issued.Count == rows);
        Verdict("every issued certificate verifies as valid", issued.Count > 0 && wrong == 0);
    }

    /// <summary>
    /// The competition office at a federation's scale: several years of competitions (2,000) held by 20
    /// district unions, one district's page listed again and again as the console does (by organisation,
    /// then by organisation, year and search text); then a registration sheet of 2,000 contestants (.xlsx,
    /// with national IDs, so every row is checked and linked to its worker) imported into a draft.
    /// </summary>
    private async Task OrganizeAsync(int competitions, int organizations, int contestantRows)
    {
        await using var server = await StartServerAsync();
        var client = new PlatformClient(new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromMinutes(5) });
        var admin = await client.OrganizerTokenAsync();
        var districts = new List<long>();
        for (var i = 0; i < organizations; i++)
        {
            districts.Add((await client.OrganizationAsync($"负载测试区{i:00}", Competition.Domain.Organizations.OrganizationKind.DistrictUnion)).Id);
        }
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, competitions), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
        {
            var request = SampleCompetition.Request($"{2021 + i % 6} 负载测试竞赛 {i:0000}") with
            {
                Contestants = [], Judges = [], HostOrganizationId = districts[i % districts.Count],
                StartsOn = new DateOnly(2021 + i % 6, 1 + i % 12, 1 + i % 28), Industry = i % 3 == 0 ? "专用汽车制造" : "邮政快递",
            };
            (await client.SendAsync(HttpMethod.Post, "/api/competitions", request, admin)).EnsureSuccessStatusCode();
        });
        var createSeconds = clock.Elapsed.TotalSeconds;

        var organizer = await client.OrganizerOfAsync(districts[0]);
        var byOrganization = await ListAsync($"/api/competitions?organization={districts[0]}&page=1&pageSize=20");
        var filtered = await ListAsync($"/api/competitions?organization={districts[0]}&year=2024&q=负载&page=1&pageSize=20");
        async Task<Latencies> ListAsync(string path)
        {
            var latencies = new Latencies();
            for (var i = 0; i < (quick ? 50 : 300); i++)
            {
                var started = Stopwatch.GetTimestamp();
                (await client.SendAsync(HttpMethod.Get, path, null, organizer)).EnsureSuccessStatusCode();
                latencies.Add(started, Stopwatch.GetTimestamp());
            }
            return latencies;
        }

        var draft = await client.CreateCompetitionAsync(SampleCompetition.Request("负载测试报名") with { Contestants = [], Judges = [] }, start: false);
        var rows = Enumerable.Range(1, contestantRows).Select(n => (IReadOnlyList<object>)[$"{n:0000}", $"选手{n}", $"单位{n % 60}", Sheets.NationalId(n), "否"]).ToList();
        var workbook = Sheets.Xlsx(["编号", "姓名", "单位", "身份证号", "列外"], rows);
        var before = server.ResidentMiB();
        clock.Restart();
        var import = await client.PostFileAsync($"/api/competitions/{draft.Id}/contestants/import", workbook, "报名表.xlsx", admin);
        var importSeconds = clock.Elapsed.TotalSeconds;
        var registered = (await client.GetAsync<Competition.Grains.Contracts.CompetitionView>($"/api/competitions/{draft.Id}")).Contestants.Count;

        output.WriteLine($"Organizer console: {competitions:N0} competitions of {organizations} districts, then a sheet of {contestantRows:N0} contestants:");
        output.WriteLine($"  created             : {competitions:N0} in {createSeconds:0.0} s");
        output.WriteLine($"  one district's page : p50 {byOrganization.P50:0.0} ms, p99 {byOrganization.P99:0.0} ms (organisation filter, 20 a page, of ~{competitions / organizations} held)");
        output.WriteLine($"  with year and text  : p50 {filtered.P50:0.0} ms, p99 {filtered.P99:0.0} ms");
        output.WriteLine($"  .xlsx import        : {registered:N0} registered in {importSeconds:0.00} s ({workbook.Length / 1024:N0} KiB file), HTTP {(int)import.StatusCode}, resident {before:0} → {server.ResidentMiB():0} MiB");
        Verdict($"listing one organisation's competitions among {competitions:N0}: p99 {byOrganization.P99:0} ms (≤ 100)", byOrganization.P99 <= 100 && filtered.P99 <= 100);
        Verdict($"importing {contestantRows:N0} contestant rows from .xlsx: {importSeconds:0.0} s (≤ 10)", registered == contestantRows && importSeconds <= 10);
    }

    /// <summary>The standings' cost of one mark in a field of 10,000 (the micro-benchmark's case, timed directly).</summary>
    private void Standings()
    {
        var benchmark = new StandingsBenchmarks { Contestants = 10_000 };
        benchmark.Setup();
        const int marks = 200_000;
        for (var i = 0; i < marks / 10; i++)
        {
            benchmark.ApplyOneMark();
        }
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < marks; i++)
        {
            benchmark.ApplyOneMark();
        }
        var microseconds = clock.Elapsed.TotalMicroseconds / marks;
        output.WriteLine($"Standings update after one mark, 10,000 contestants: {microseconds:0.00} µs");
        Verdict($"standings update {microseconds:0.00} µs with 10,000 contestants (microseconds, < 1,000)", microseconds < 1_000);
    }

    private async Task<DayReport> DriveJudgesAsync(ServerProcess server, PlatformClient client, IReadOnlyList<LoadCompetition> competitions,
        IReadOnlyList<Viewer> audience, int marksPerSecond, TimeSpan duration)
    {
        var judges = competitions.SelectMany(c => c.Judges).ToList();
        var interval = TimeSpan.FromSeconds((double)judges.Count / marksPerSecond);
        var marks = new List<(long CompetitionId, long Sequence, long SentAt)>();
        var errors = 0;
        var received = audience.Sum(v => v.Received);
        var cpu = server.CpuSeconds();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(judges.Select(async (j, index) =>
        {
            // Judges start spread over one interval, then each keeps its own steady pace.
            for (var due = interval * index / judges.Count; due < duration; due += interval)
            {
                var wait = due - clock.Elapsed;
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait);
                }
                var sentAt = Stopwatch.GetTimestamp();
                try
                {
                    var sequence = await j.Competition.MarkAsync(client, j.Judge);
                    lock (marks)
                    {
                        marks.Add((j.Competition.Competition.Id, sequence, sentAt));
                    }
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref errors);
                }
            }
        }));
        var marking = clock.Elapsed;
        var cpuSeconds = server.CpuSeconds() - cpu;

        // Every viewer must end on exactly the final standings.
        var finals = new Dictionary<long, Competition.Grains.Contracts.LeaderboardSnapshot>();
        foreach (var c in competitions)
        {
            finals[c.Competition.Id] = await client.LeaderboardAsync(c.Competition.Id);
        }
        await UntilAsync(() => audience.All(v => v.LatestVersion >= finals[v.CompetitionId].Version || v.Closed), TimeSpan.FromSeconds(60));
        var delivered = audience.Sum(v => v.Received) - received;
        var wrong = audience.Count(v => v.Latest is null || v.Closed
            || !v.Latest.Rows.Select(r => (r.Rank, r.ContestantId, r.Total)).SequenceEqual(finals[v.CompetitionId].Rows.Select(r => (r.Rank, r.ContestantId, r.Total))));

        var latencies = new Latencies();
        var byCompetition = audience.ToLookup(v => v.CompetitionId);
        foreach (var (competitionId, sequence, sentAt) in marks)
        {
            foreach (var viewer in byCompetition[competitionId])
            {
                latencies.Add(sentAt, viewer.FirstSeen(sequence));
            }
        }
        return new DayReport(latencies, marks.Count / marking.TotalSeconds, delivered / clock.Elapsed.TotalSeconds, errors + audience.Sum(v => v.Gaps), wrong,
            cpuSeconds / marking.TotalSeconds, server.ResidentMiB());
    }

    /// <param name="Errors">Marks refused or lost, and pushes a viewer could not apply.</param>
    private sealed record DayReport(Latencies Latencies, double MarksPerSecond, double MessagesPerSecond, int Errors, int WrongFinalBoards,
        double CpuCores, double ResidentMiB)
    {
        public string Describe(int connections) =>
            $"  mark → every viewer : {Latencies}\n" +
            $"  acknowledged marks  : {MarksPerSecond:N0}/s, {Errors} errors (refused marks, pushes missed)\n" +
            $"  delivered messages  : {MessagesPerSecond:N0}/s\n" +
            $"  final standings     : {(WrongFinalBoards == 0 ? "every viewer exact" : $"{WrongFinalBoards} viewers WRONG")}\n" +
            $"  server              : {CpuCores * 100:0}% CPU (of 200%), {ResidentMiB:0} MiB resident, {ResidentMiB * 1024 / connections:0.0} KiB per connection";
    }

    private void Verdict(string target, bool met) => _verdicts.Add($"[{(met ? "met" : "NOT MET")}] {target}");

    private static Task<ServerProcess> StartServerAsync(TestDatabase? database = null) =>
        ServerProcess.StartAsync(database ?? TestDatabase.New(DatabaseProvider.Sqlite));

    private static async Task<(PlatformClient Client, IReadOnlyList<LoadCompetition> Competitions)> CreateCompetitionsAsync(ServerProcess server, int count)
    {
        var client = new PlatformClient(new HttpClient { BaseAddress = server.Address });
        var created = new List<LoadCompetition>();
        for (var i = 0; i < count; i++)
        {
            var competition = await client.CreateCompetitionAsync(SampleCompetition.Request($"负载测试 {i + 1}", contestants: BoardRows));
            var tokens = new List<string>();
            for (var j = 0; j < competition.Judges.Count; j++)
            {
                tokens.Add(await client.JudgeTokenAsync(competition, j));
            }
            created.Add(new LoadCompetition(competition, tokens));
        }
        return (client, created);
    }

    /// <summary>Connects <paramref name="count"/> viewers round-robin over the competitions, alternating JSON and MessagePack.</summary>
    private static async Task<List<Viewer>> ConnectViewersAsync(ServerProcess server, IReadOnlyList<CreatedCompetition> competitions, int count)
    {
        var viewers = new Viewer[count];
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = 64 }, async (i, cancellation) =>
            viewers[i] = await Viewer.ConnectAsync(server.Address, competitions[i % competitions.Count].Id, messagePack: i % 2 == 1, cancellation));
        return [.. viewers];
    }

    /// <returns>False when <paramref name="condition"/> did not come true in time.</returns>
    private static async Task<bool> UntilAsync(Func<bool> condition, TimeSpan? patience = null)
    {
        var deadline = Stopwatch.StartNew();
        while (!condition())
        {
            if (deadline.Elapsed > (patience ?? TimeSpan.FromSeconds(15)))
            {
                return false;
            }
            await Task.Delay(2);
        }
        return true;
    }

    private static async Task DisposeAllAsync(IEnumerable<Viewer> viewers)
    {
        foreach (var viewer in viewers)
        {
            await viewer.DisposeAsync();
        }
    }

    private static string Machine()
    {
        var cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name"))?.Split(':')[1].Trim() ?? "unknown CPU";
        return $"Machine: {Environment.ProcessorCount} cores ({cpu}), {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, " +
               $".NET {Environment.Version}; server and client share these cores.";
    }
}

/// <summary>A competition under load and its judges' tokens; marks go to the measurement aspect, always with
/// a reason, so a judge may mark the same contestant again (an amendment).</summary>
public sealed record LoadCompetition(CreatedCompetition Competition, IReadOnlyList<string> JudgeTokens)
{
    private static readonly decimal[] Values = [10m, 9m, 8.5m, 8m, 6m, 4m, 0m];

    /// <summary>Each of its judges, as (competition, judge index) for <see cref="MarkAsync"/>.</summary>
    public IEnumerable<(LoadCompetition Competition, int Judge)> Judges => JudgeTokens.Select((_, j) => (this, j));

    /// <summary>Sends one mark as the given judge; returns the ledger sequence it was committed at.</summary>
    public async Task<long> MarkAsync(PlatformClient client, int judge)
    {
        var contestant = Competition.Contestants[Random.Shared.Next(Competition.Contestants.Count)];
        using var response = await client.SubmitMarkAsync(Competition.Id, JudgeTokens[judge], contestant.Id,
            Competition.MarkingScheme.Modules[0].Aspects[0].Id, Values[Random.Shared.Next(Values.Length)], reason: "复核");
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"Mark refused: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
        return (await response.Content.ReadFromJsonAsync<MarkAccepted>(PlatformClient.Json))!.Sequence;
    }
}
