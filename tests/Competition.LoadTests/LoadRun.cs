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

    public static readonly string[] Scenarios = ["fanout", "day", "connections", "ingest", "standings", "certify", "organize", "statistics", "postgres", "cluster", "fresh"];

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
                "organize" => OrganizeAsync(competitions: quick ? 800 : 2_000, organizations: 20, contestantRows: quick ? 500 : 2_000),
                "statistics" => StatisticsAsync(competitionsPerYear: quick ? 30 : 120, contestants: 60, certificates: quick ? 2_500 : 10_000, agreements: quick ? 75 : 300),
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
            var floor = new BareBroadcast([http], nonce => $"/benchmark/floor/{competition.Competition.Id}/{nonce}", viewers);
            var (ours, floors, cpu) = await AlternateAsync(client, competition, viewers, floor, WarmUpRounds, rounds, [server]);
            output.WriteLine($"Fan-out, 1 competition, {viewers.Count:N0} viewers ({viewers.Count(v => v.MessagePack):N0} MessagePack), {rounds} marks one at a time:");
            output.WriteLine($"  mark → every viewer : {ours}");
            output.WriteLine($"  bare broadcast floor: {floors}");
            output.WriteLine($"  while measured      : {cpu}");
            var (p50, p99) = (ours.P50 / floors.P50, ours.P99 / floors.P99);
            output.WriteLine($"  ratio to the floor  : p50 {p50:0.00}  p99 {p99:0.00}");
            Verdict($"fan-out {viewers.Count:N0} viewers: p50 ratio {p50:0.00}, p99 ratio {p99:0.00} (≤ 1.0)", p50 <= 1.0 && p99 <= 1.0 && ours.Missing == 0);
        }
        await DisposeAllAsync(viewers);
    }

    /// <summary>Where a bare broadcast of the board is sent (<see cref="Path"/> of a nonce, POSTed to every sender at
    /// once: each host of a cluster broadcasts to the viewers connected to it) and who receives it.</summary>
    private sealed record BareBroadcast(IReadOnlyList<HttpClient> Senders, Func<long, string> Path, IReadOnlyList<Viewer> Viewers);

    private long _floorNonce = 1_000_000L;

    /// <summary>Rounds of one mark, waited for at every viewer, and one bare broadcast, waited for at every one of
    /// its viewers; the first <paramref name="warmUpRounds"/> are not counted. Which goes first alternates, so
    /// neither always runs in the wake of the other (its garbage, its buffers).</summary>
    private async Task<(Latencies Marks, Latencies Floor, CpuShares.Reading Cpu)> AlternateAsync(PlatformClient client, LoadCompetition competition,
        IReadOnlyList<Viewer> viewers, BareBroadcast floor, int warmUpRounds, int rounds, IReadOnlyList<ServerProcess> servers)
    {
        var ours = new Latencies();
        var floors = new Latencies();
        CpuShares? cpu = null;
        for (var round = -warmUpRounds; round < rounds; round++)
        {
            cpu = round == 0 ? new CpuShares(servers) : cpu;
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
        return (ours, floors, cpu!.Read());

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
            foreach (var sent in await Task.WhenAll(floor.Senders.Select(sender => sender.PostAsync(floor.Path(nonce), null))))
            {
                sent.EnsureSuccessStatusCode();
            }
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

    /// <summary>Viewers spread over several competitions while judges mark at a steady total rate; then, on the
    /// same server to the same viewers, bare broadcasts of the boards at the same rate from as many senders
    /// (the floor for this load).</summary>
    private async Task CompetitionDayAsync(int competitions, int viewers, int marksPerSecond, TimeSpan duration)
    {
        await using var server = await StartServerAsync();
        var (client, created) = await CreateCompetitionsAsync(server, competitions);
        var audience = await ConnectViewersAsync(server, created.Select(c => c.Competition).ToList(), viewers);
        var report = await DriveJudgesAsync(server, client, created, audience, marksPerSecond, duration);
        var floor = await DriveFloorAsync(server, created, audience, marksPerSecond, duration);
        output.WriteLine($"A competition day: {audience.Count:N0} viewers over {competitions} competitions, judges at {marksPerSecond} marks/s for {duration.TotalSeconds:0} s:");
        output.WriteLine(report.Describe(audience.Count));
        output.WriteLine($"  bare broadcasts     : {floor.Latencies} (the same rate from as many senders, same server and viewers)");
        output.WriteLine($"                        {floor.Cpu}");
        var (p50, p99) = (report.Latencies.P50 / floor.Latencies.P50, report.Latencies.P99 / floor.Latencies.P99);
        output.WriteLine($"  ratio to them       : p50 {p50:0.00}  p99 {p99:0.00}");
        Verdict($"competition day: p99 {report.Latencies.P99:0} ms, {p99:0.00} of the bare broadcasts' (≤ {DayRatio:0.0}), {report.Errors} errors, " +
            $"{report.WrongFinalBoards} viewers off the final standings",
            p99 <= DayRatio && report.Errors == 0 && report.WrongFinalBoards == 0 && report.Latencies.Missing == 0 && floor.Latencies.Missing == 0);
        await DisposeAllAsync(audience);
    }

    /// <summary>How much later than a bare broadcast at the same rate a mark may reach its viewers on a busy day:
    /// a mark is also an HTTP request, a commit and a ranking on the same cores.</summary>
    private const double DayRatio = 1.5;

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

    /// <summary>
    /// Ingest on SQLite against two references of the same run: the same server's rate for the same requests
    /// refused at their last check (the request's whole way but sealing, committing and ranking), and SQLite's own
    /// rate for the same rows into the same table. Done one after the other on these cores, the two would give
    /// <c>1 / (1/requests + 1/inserts)</c> marks a second: the goal is that the platform's own work between them
    /// (sealing, the group commit's queue, ranking, the answer) keeps ingest at <see cref="IngestShareOfBoth"/> of that.
    /// </summary>
    private async Task IngestVerdictAsync(TimeSpan duration)
    {
        var (database, snapshot) = (TestDatabase.New(DatabaseProvider.Sqlite), TestDatabase.New(DatabaseProvider.Sqlite));
        try
        {
            var ingest = await IngestAsync(database, duration, snapshot);
            var inserts = 0.0;
            for (var round = 0; round < IngestRounds; round++)
            {
                inserts = Math.Max(inserts, await SqliteLedgerInsertsAsync(snapshot, rowsPerTransaction: ingest.Judges, duration / IngestRounds));
            }
            output.WriteLine($"SQLite's own inserts of the same rows into the same ledger: one writer, {ingest.Judges} rows a transaction, back to back, " +
                $"the better of {IngestRounds} rounds: {inserts:N0} rows/s");
            var both = 1 / (1 / ingest.Refused.Rate + 1 / inserts);
            var share = ingest.Marks.Rate / both;
            output.WriteLine($"  requests and inserts one after the other: {both:N0}/s; marks / that: {share:0.00}; " +
                $"marks / refused requests: {ingest.Marks.Rate / ingest.Refused.Rate:0.00}; marks / inserts: {ingest.Marks.Rate / inserts:0.00}");
            Verdict($"durable ingest {ingest.Marks.Rate:N0} marks/s: {share:0.00} of the refused requests' and SQLite's inserts' rates together (≥ {IngestShareOfBoth:0.00})",
                share >= IngestShareOfBoth && ingest.Marks.Errors == 0 && ingest.Refused.Errors == 0);
        }
        finally
        {
            await database.DeleteAsync();
            await snapshot.DeleteAsync();
        }
    }

    /// <summary>At 0.8 what a mark does besides the request and the insert costs at most a quarter of those two.</summary>
    private const double IngestShareOfBoth = 0.8;

    /// <summary>The same ingest on SQLite and on PostgreSQL (the server of <c>tests/throwaway-postgres.sh</c>), and
    /// PostgreSQL's own rate for grouped inserts from as many writers: the ceiling the group commit works under.</summary>
    private async Task PostgresIngestAsync(TimeSpan duration)
    {
        var sqlite = (await IngestAsync(TestDatabase.New(DatabaseProvider.Sqlite), duration)).Marks;
        var database = TestDatabase.New(DatabaseProvider.PostgreSql);
        try
        {
            var postgres = (await IngestAsync(database, duration)).Marks;
            var floor = await PostgresGroupedInsertsAsync(database, writers: IngestCompetitions, duration);
            output.WriteLine($"PostgreSQL's own grouped inserts: {IngestCompetitions} writers, 10 rows a transaction, back to back: {floor:N0} rows/s");
            output.WriteLine($"  platform / floor    : {postgres.Rate / floor:0.00}; PostgreSQL / SQLite: {postgres.Rate / sqlite.Rate:0.00}");
            Verdict($"durable ingest on PostgreSQL {postgres.Rate:N0} marks/s, SQLite {sqlite.Rate:N0} marks/s (PostgreSQL ≥ SQLite)",
                postgres.Rate >= sqlite.Rate && postgres.Errors == 0);
        }
        finally
        {
            await database.DeleteAsync();
        }
    }

    private sealed record Throughput(double Rate, long Errors, Latencies Answers, CpuShares.Reading Cpu, double ResidentMiB)
    {
        public string Describe(string what) =>
            $"  {what,-20}: {Rate:N0}/s, {Errors} errors; answered {Answers}\n" +
            $"  {"",-20}  {Cpu}, server {ResidentMiB:0} MiB resident";
    }

    private sealed record Ingest(int Judges, Throughput Marks, Throughput Refused);

    /// <summary>Durable ingest: every judge of many competitions sends marks back to back; each answer means
    /// committed. Then the same judges send the same requests with a value out of the aspect's range, refused
    /// by the competition's last check before a mark is sealed: the request's whole way but the commit.</summary>
    /// <param name="snapshot">On SQLite, a copy of the database made here once each competition has one mark.</param>
    private async Task<Ingest> IngestAsync(TestDatabase database, TimeSpan duration, TestDatabase? snapshot = null)
    {
        await using var server = await StartServerAsync(database);
        var (client, created) = await CreateCompetitionsAsync(server, IngestCompetitions);
        var judges = created.SelectMany(c => c.Judges).ToList();
        if (snapshot is not null)
        {
            // One mark in each competition first, so the copy's chains end in marks for its inserts to copy.
            await Task.WhenAll(created.Select(c => c.Judges.First()).Select(j => j.Competition.MarkAsync(client, j.Judge)));
            await using var connection = new Microsoft.Data.Sqlite.SqliteConnection(database.ConnectionString);
            await connection.OpenAsync();
            await using var copy = connection.CreateCommand();
            copy.CommandText = $"VACUUM INTO '{snapshot.SqlitePath}'";
            await copy.ExecuteNonQueryAsync();
        }
        // Alternating rounds, the best of each counted: a stall of these shared cores in one round does not decide the ratio.
        Throughput? marks = null, refused = null;
        for (var round = 0; round < IngestRounds; round++)
        {
            marks = Best(marks, await BackToBackAsync(server, judges, duration / IngestRounds, j => j.Competition.MarkAsync(client, j.Judge)));
            refused = Best(refused, await BackToBackAsync(server, judges, duration / IngestRounds, j => j.Competition.OutOfRangeMarkAsync(client, j.Judge)));
        }
        output.WriteLine($"Durable ingest on {database.Provider}: {judges.Count} judges over {IngestCompetitions} competitions, " +
            $"back to back, the better of {IngestRounds} alternating rounds of {(duration / IngestRounds).TotalSeconds:0} s each:");
        output.WriteLine(marks!.Describe("acknowledged marks"));
        output.WriteLine(refused!.Describe("refused (no commit)"));
        return new Ingest(judges.Count, marks, refused);
    }

    private const int IngestRounds = 2;

    private static Throughput Best(Throughput? best, Throughput round) => best is null || round.Rate > best.Rate ? round : best;

    /// <summary>Every judge sends <paramref name="send"/> back to back; the first seconds (the JIT, the connection
    /// pool) are not counted.</summary>
    private static async Task<Throughput> BackToBackAsync(ServerProcess server, IReadOnlyList<(LoadCompetition Competition, int Judge)> judges,
        TimeSpan duration, Func<(LoadCompetition Competition, int Judge), Task> send)
    {
        long answered = 0, errors = 0;
        var answers = new Latencies();
        var warmUp = TimeSpan.FromSeconds(3);
        var clock = Stopwatch.StartNew();
        CpuShares? cpu = null;
        var counting = Task.Delay(warmUp).ContinueWith(_ => cpu = new CpuShares(server));
        await Task.WhenAll(judges.Select(async j =>
        {
            while (clock.Elapsed < warmUp + duration)
            {
                try
                {
                    var sentAt = Stopwatch.GetTimestamp();
                    await send(j);
                    if (clock.Elapsed >= warmUp)
                    {
                        Interlocked.Increment(ref answered);
                        lock (answers)
                        {
                            answers.Add(sentAt, Stopwatch.GetTimestamp());
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
        return new Throughput(answered / (clock.Elapsed - warmUp).TotalSeconds, errors, answers, cpu!.Read(), server.ResidentMiB());
    }

    /// <summary>The CPU the server (or every host of a cluster) and this load client used from its creation on, as
    /// shares of one core: all run on the same cores, so a latency measured here includes waiting behind the
    /// client's own work.</summary>
    private sealed class CpuShares(params IReadOnlyList<ServerProcess> servers)
    {
        private readonly double _server = servers.Sum(s => s.CpuSeconds());
        private readonly double _client = ClientCpuSeconds();
        private readonly Stopwatch _clock = Stopwatch.StartNew();

        public sealed record Reading(double Server, double Client)
        {
            public override string ToString() =>
                $"server {Server * 100:0}% CPU, load client {Client * 100:0}% CPU (of {Environment.ProcessorCount * 100}%)";
        }

        public Reading Read() => new((servers.Sum(s => s.CpuSeconds()) - _server) / _clock.Elapsed.TotalSeconds,
            (ClientCpuSeconds() - _client) / _clock.Elapsed.TotalSeconds);

        private static double ClientCpuSeconds() => Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
    }

    /// <summary>Rows a second SQLite commits into the ledger table of <paramref name="database"/> (the ingest's database
    /// as it stood before marking): one writer, <paramref name="rowsPerTransaction"/> rows a transaction, each a
    /// copy of a competition's last event carried on its hash chain (new sequence, submission and hash), so every index
    /// and foreign key the platform's rows meet is met here too, with the platform's settings (WAL, synchronous FULL).</summary>
    private static async Task<double> SqliteLedgerInsertsAsync(TestDatabase database, int rowsPerTransaction, TimeSpan duration)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection(
            new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(database.ConnectionString) { Pooling = false, ForeignKeys = true }.ConnectionString);
        await connection.OpenAsync();
        await using (var settings = connection.CreateCommand())
        {
            settings.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL";
            await settings.ExecuteNonQueryAsync();
        }
        var chains = new List<(long Template, long Sequence, string Hash)>();
        await using (var heads = connection.CreateCommand())
        {
            heads.CommandText = "SELECT e.Id, e.Sequence, e.Hash FROM LedgerEvents e WHERE e.Sequence = " +
                "(SELECT MAX(Sequence) FROM LedgerEvents WHERE CompetitionId = e.CompetitionId)";
            await using var reader = await heads.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                chains.Add((reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2)));
            }
        }
        const string columns = "CompetitionId, Sequence, Type, RecordedAt, Actor, SubmissionId, JudgeId, ContestantId, AspectId, ModuleId, Value, Reason, Payload, PreviousHash, Hash";
        await using var insert = connection.CreateCommand();
        insert.CommandText = $"INSERT INTO LedgerEvents ({columns}) SELECT CompetitionId, $sequence, Type, RecordedAt, Actor, $submission, " +
            "JudgeId, ContestantId, AspectId, ModuleId, Value, Reason, Payload, $previous, $hash FROM LedgerEvents WHERE Id = $template";
        var (template, sequence, submission, previous, hash) = (insert.Parameters.Add("$template", Microsoft.Data.Sqlite.SqliteType.Integer),
            insert.Parameters.Add("$sequence", Microsoft.Data.Sqlite.SqliteType.Integer), insert.Parameters.Add("$submission", Microsoft.Data.Sqlite.SqliteType.Text),
            insert.Parameters.Add("$previous", Microsoft.Data.Sqlite.SqliteType.Text), insert.Parameters.Add("$hash", Microsoft.Data.Sqlite.SqliteType.Text));
        long rows = 0;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < duration)
        {
            await using var transaction = await connection.BeginTransactionAsync();
            insert.Transaction = (Microsoft.Data.Sqlite.SqliteTransaction)transaction;
            for (var i = 0; i < rowsPerTransaction; i++, rows++)
            {
                var chain = (int)(rows % chains.Count);
                var (id, last, lastHash) = chains[chain];
                var next = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
                (template.Value, sequence.Value, submission.Value, previous.Value, hash.Value) = (id, last + 1, Guid.NewGuid().ToString().ToUpperInvariant(), lastHash, next);
                await insert.ExecuteNonQueryAsync();
                chains[chain] = (id, last + 1, next);
            }
            await transaction.CommitAsync();
        }
        return rows / clock.Elapsed.TotalSeconds;
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
    /// silos, one mark at a time, alternated with bare broadcasts of the board from every host to the viewers
    /// connected to it (the floor); then the host holding the competition is killed while a judge keeps marking,
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

        // The floor: every host broadcasts the bare board to the viewers nginx gave it, all at once.
        var senders = cluster.Hosts.Select(host => new HttpClient { BaseAddress = host.Address }).ToList();
        var rounds = quick ? 30 : 200;
        var floor = new BareBroadcast(senders, nonce => $"/benchmark/floor/{created.Id}/{nonce}", audience);
        var (fanOut, floors, cpu) = await AlternateAsync(client, competition, audience, floor, WarmUpRounds, rounds, cluster.Hosts);
        senders.ForEach(sender => sender.Dispose());
        var (p50, p99) = (fanOut.P50 / floors.P50, fanOut.P99 / floors.P99);
        output.WriteLine($"Fan-out through nginx across 3 silos (PostgreSQL, ADO.NET clustering), {viewers:N0} viewers, {rounds} marks one at a time:");
        output.WriteLine($"  mark → every viewer : {fanOut}");
        output.WriteLine($"  bare broadcasts     : {floors} (every host to its own viewers)");
        output.WriteLine($"  while measured      : {cpu} (the three hosts)");
        output.WriteLine($"  ratio to them       : p50 {p50:0.00}  p99 {p99:0.00}");

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
        Verdict($"cluster: fan-out through nginx p50 ratio {p50:0.00}, p99 ratio {p99:0.00} to the hosts' bare broadcasts (≤ {ClusterRatio:0.0}); failover {(accepted ? "accepted marks again" : "NEVER accepted marks again")}, " +
            $"{(everyViewer ? "every viewer on the final board" : "viewers off the final board")}", p50 <= ClusterRatio && p99 <= ClusterRatio && fanOut.Missing == 0 && accepted && everyViewer);
        await DisposeAllAsync(audience);
    }

    /// <summary>A mark crosses nginx, a host's API, the competition's silo and every host's broadcaster; the floor
    /// only each host's broadcaster. The mark's smaller message (changed rows, not the board) should make up for the
    /// hops, as it does on one server; the margin is the tolerance of the fresh server's p99.</summary>
    private const double ClusterRatio = 1.2;

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
    /// then by organisation, year and search text); then registration sheets (.xlsx, with national IDs, so every
    /// row is checked and linked to its worker) imported into drafts. Each is measured against itself at a tenth
    /// of the size in the same run: the page once every district holds one page's worth, and a sheet of a tenth
    /// of the rows, so what is judged is how the work grows, which carries from one machine to the next.
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
        var organizer = await client.OrganizerOfAsync(districts[0]);
        var held = organizations * ListingPage;
        var clock = Stopwatch.StartNew();
        await CreateAsync(0, held);
        await ListingsAsync(); // Warm-up: the first of each kind compiles what the rest use.
        var (fewByOrganization, fewFiltered) = await ListingsAsync();
        await CreateAsync(held, competitions);
        var createSeconds = clock.Elapsed.TotalSeconds;
        var (byOrganization, filtered) = await ListingsAsync();

        await ImportAsync(ListingPage); // Warm-up, as for the listings.
        var (small, smallSeconds, _) = await ImportAsync(contestantRows / 10);
        var before = server.ResidentMiB();
        var (registered, importSeconds, import) = await ImportAsync(contestantRows);

        output.WriteLine($"Organizer console: {competitions:N0} competitions of {organizations} districts, then sheets of {contestantRows / 10:N0} and {contestantRows:N0} contestants:");
        output.WriteLine($"  created             : {competitions:N0} in {createSeconds:0.0} s");
        output.WriteLine($"  one district's page : among {held:N0}: p50 {fewByOrganization.P50:0.0} ms, p99 {fewByOrganization.P99:0.0} ms; " +
            $"among {competitions:N0}: p50 {byOrganization.P50:0.0} ms, p99 {byOrganization.P99:0.0} ms (organisation filter, {ListingPage} a page)");
        output.WriteLine($"  with year and text  : among {held:N0}: p50 {fewFiltered.P50:0.0} ms, p99 {fewFiltered.P99:0.0} ms; " +
            $"among {competitions:N0}: p50 {filtered.P50:0.0} ms, p99 {filtered.P99:0.0} ms");
        output.WriteLine($"  .xlsx import        : {small:N0} rows in {smallSeconds:0.00} s; {registered:N0} in {importSeconds:0.00} s, HTTP {(int)import.StatusCode}, " +
            $"resident {before:0} → {server.ResidentMiB():0} MiB");
        var growth = Math.Max(byOrganization.P99 / fewByOrganization.P99, filtered.P99 / fewFiltered.P99);
        Verdict($"one district's page among {competitions:N0} competitions: p99 {byOrganization.P99:0} ms, {growth:0.00}× its p99 among {held:N0} (≤ {ListingGrowth:0.0}×)",
            growth <= ListingGrowth);
        var perRow = importSeconds / contestantRows / (smallSeconds / small);
        Verdict($"importing {contestantRows:N0} contestant rows from .xlsx: {importSeconds:0.0} s, {perRow:0.00}× a row's cost in a sheet of {small:N0} (≤ {ImportGrowth:0.0}×)",
            registered == contestantRows && small == contestantRows / 10 && perRow <= ImportGrowth);

        Task CreateAsync(int from, int to) =>
            Parallel.ForEachAsync(Enumerable.Range(from, to - from), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
            {
                var request = SampleCompetition.Request($"{2021 + i % 6} 负载测试竞赛 {i:0000}") with
                {
                    Contestants = [], Judges = [], HostOrganizationId = districts[i % districts.Count],
                    StartsOn = new DateOnly(2021 + i % 6, 1 + i % 12, 1 + i % 28), Industry = i % 3 == 0 ? "专用汽车制造" : "邮政快递",
                };
                (await client.SendAsync(HttpMethod.Post, "/api/competitions", request, admin)).EnsureSuccessStatusCode();
            });

        async Task<(Latencies ByOrganization, Latencies Filtered)> ListingsAsync() =>
            (await ListAsync($"/api/competitions?organization={districts[0]}&page=1&pageSize={ListingPage}"),
                await ListAsync($"/api/competitions?organization={districts[0]}&year=2024&q=负载&page=1&pageSize={ListingPage}"));

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

        // A sheet of its own workers (national IDs never seen before) into a draft of its own.
        async Task<(int Registered, double Seconds, HttpResponseMessage Response)> ImportAsync(int count)
        {
            var draft = await client.CreateCompetitionAsync(SampleCompetition.Request($"负载测试报名 {count}") with { Contestants = [], Judges = [] }, start: false);
            var first = _importedWorkers;
            _importedWorkers += count;
            var rows = Enumerable.Range(first + 1, count).Select(n => (IReadOnlyList<object>)[$"{n - first:0000}", $"选手{n}", $"单位{n % 60}", Sheets.NationalId(n), "否"]).ToList();
            var workbook = Sheets.Xlsx(["编号", "姓名", "单位", "身份证号", "列外"], rows);
            var started = Stopwatch.StartNew();
            var response = await client.PostFileAsync($"/api/competitions/{draft.Id}/contestants/import", workbook, "报名表.xlsx", admin);
            var seconds = started.Elapsed.TotalSeconds;
            return ((await client.GetAsync<Competition.Grains.Contracts.CompetitionView>($"/api/competitions/{draft.Id}")).Contestants.Count, seconds, response);
        }
    }

    private const int ListingPage = 20;

    /// <summary>Holding five times as many competitions may cost a district's page at most this much more at p99:
    /// the page is one indexed query, so it should not grow with what the office holds.</summary>
    private const double ListingGrowth = 1.5;

    /// <summary>A row of a sheet ten times as long may cost at most this much more: the import is chunked, so a
    /// row's cost should not grow with the sheet (a row checked against every row before it would).</summary>
    private const double ImportGrowth = 1.5;

    private int _importedWorkers;

    /// <summary>The standings' cost of one mark in a field of 10,000 (the micro-benchmark's case, timed directly)
    /// against its cost in a field of 100, in the same run: a hundred times the field may cost a mark at most
    /// <see cref="StandingsGrowth"/> times as much, which an update that re-ranked the whole field (a hundred times
    /// the work) could never meet.</summary>
    private void Standings()
    {
        var (small, large) = (MicrosecondsPerMark(100), MicrosecondsPerMark(10_000));
        output.WriteLine($"Standings update after one mark: {small:0.00} µs with 100 contestants, {large:0.00} µs with 10,000 ({large / small:0.0}×)");
        Verdict($"standings update {large:0.00} µs with 10,000 contestants, {large / small:0.0}× its cost with 100 (≤ {StandingsGrowth}×)", large / small <= StandingsGrowth);

        static double MicrosecondsPerMark(int contestants)
        {
            var benchmark = new StandingsBenchmarks { Contestants = contestants };
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
            return clock.Elapsed.TotalMicroseconds / marks;
        }
    }

    private const int StandingsGrowth = 10;

    private async Task<DayReport> DriveJudgesAsync(ServerProcess server, PlatformClient client, IReadOnlyList<LoadCompetition> competitions,
        IReadOnlyList<Viewer> audience, int marksPerSecond, TimeSpan duration)
    {
        var judges = competitions.SelectMany(c => c.Judges).ToList();
        var marks = new List<(long CompetitionId, long Sequence, long SentAt)>();
        var errors = 0;
        var received = audience.Sum(v => v.Received);
        var cpu = new CpuShares(server);
        var clock = Stopwatch.StartNew();
        await PaceAsync(judges, marksPerSecond, duration, async j =>
        {
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
        });
        var marking = clock.Elapsed;
        var cpuShares = cpu.Read();

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
            cpuShares, server.ResidentMiB());
    }

    private sealed record FloorReport(Latencies Latencies, CpuShares.Reading Cpu);

    /// <summary>The platform's own bare broadcast (<c>/benchmark/floor</c>) of each competition's board to its
    /// viewers, sent by as many senders as there are judges at the same total rate: the day's load without marks.</summary>
    private async Task<FloorReport> DriveFloorAsync(ServerProcess server, IReadOnlyList<LoadCompetition> competitions,
        IReadOnlyList<Viewer> audience, int broadcastsPerSecond, TimeSpan duration)
    {
        using var http = new HttpClient { BaseAddress = server.Address };
        var sent = new List<(long CompetitionId, long Nonce, long SentAt)>();
        var cpu = new CpuShares(server);
        await PaceAsync(competitions.SelectMany(c => c.Judges).ToList(), broadcastsPerSecond, duration, async j =>
        {
            var id = j.Competition.Competition.Id;
            var nonce = Interlocked.Increment(ref _floorNonce);
            var sentAt = Stopwatch.GetTimestamp();
            (await http.PostAsync($"/benchmark/floor/{id}/{nonce}", null)).EnsureSuccessStatusCode();
            lock (sent)
            {
                sent.Add((id, nonce, sentAt));
            }
        });
        var cpuShares = cpu.Read();
        var byCompetition = audience.ToLookup(v => v.CompetitionId);
        await UntilAsync(() => sent.All(b => byCompetition[b.CompetitionId].All(v => v.FloorSeen(b.Nonce) is not null || v.Closed)));
        var latencies = new Latencies();
        foreach (var (competitionId, nonce, sentAt) in sent)
        {
            foreach (var viewer in byCompetition[competitionId])
            {
                latencies.Add(sentAt, viewer.FloorSeen(nonce));
            }
        }
        return new FloorReport(latencies, cpuShares);
    }

    /// <summary>Each sender at its own steady pace, together <paramref name="perSecond"/> a second, started spread
    /// over one interval.</summary>
    private static Task PaceAsync<T>(IReadOnlyList<T> senders, int perSecond, TimeSpan duration, Func<T, Task> send)
    {
        var interval = TimeSpan.FromSeconds((double)senders.Count / perSecond);
        var clock = Stopwatch.StartNew();
        return Task.WhenAll(senders.Select(async (sender, index) =>
        {
            for (var due = interval * index / senders.Count; due < duration; due += interval)
            {
                var wait = due - clock.Elapsed;
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait);
                }
                await send(sender);
            }
        }));
    }

    /// <param name="Errors">Marks refused or lost, and pushes a viewer could not apply.</param>
    private sealed record DayReport(Latencies Latencies, double MarksPerSecond, double MessagesPerSecond, int Errors, int WrongFinalBoards,
        CpuShares.Reading Cpu, double ResidentMiB)
    {
        public string Describe(int connections) =>
            $"  mark → every viewer : {Latencies}\n" +
            $"  acknowledged marks  : {MarksPerSecond:N0}/s, {Errors} errors (refused marks, pushes missed)\n" +
            $"  delivered messages  : {MessagesPerSecond:N0}/s\n" +
            $"  final standings     : {(WrongFinalBoards == 0 ? "every viewer exact" : $"{WrongFinalBoards} viewers WRONG")}\n" +
            $"  server              : {Cpu}, {ResidentMiB:0} MiB resident, {ResidentMiB * 1024 / connections:0.0} KiB per connection";
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
        using var response = await SendAsync(client, judge, Values[Random.Shared.Next(Values.Length)]);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"Mark refused: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
        return (await response.Content.ReadFromJsonAsync<MarkAccepted>(PlatformClient.Json))!.Sequence;
    }

    /// <summary>Sends a mark above the aspect's maximum: it goes the whole way to the competition's checks and is
    /// refused there, before anything is sealed or committed.</summary>
    public async Task OutOfRangeMarkAsync(PlatformClient client, int judge)
    {
        using var response = await SendAsync(client, judge, Competition.MarkingScheme.Modules[0].Aspects[0].MaxMark + 1);
        if (response.StatusCode != System.Net.HttpStatusCode.BadRequest)
        {
            throw new HttpRequestException($"An out-of-range mark answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    private Task<HttpResponseMessage> SendAsync(PlatformClient client, int judge, decimal value) =>
        client.SubmitMarkAsync(Competition.Id, JudgeTokens[judge], Competition.Contestants[Random.Shared.Next(Competition.Contestants.Count)].Id,
            Competition.MarkingScheme.Modules[0].Aspects[0].Id, value, reason: "复核");
}
