using System.Collections.Concurrent;
using System.Net.Http.Json;
using Competition.Data;
using Competition.Domain.Ledger;
using Competition.Grains.Competitions;
using Competition.Server.Marking;
using Competition.Testing;
using Microsoft.EntityFrameworkCore;

namespace Competition.IntegrationTests;

/// <summary>
/// Judges mark at full speed while the server process is killed with SIGKILL at a random moment, several
/// times over. After each restart the tablets resend what went unanswered (as the judge page's offline
/// queue does), and the database must hold every acknowledged mark exactly once, at the sequence it was
/// acknowledged with, on an unbroken chain, and serve the board recomputed from that ledger.
/// </summary>
[Collection(nameof(SerialTests))]
public sealed class CrashDurabilityTests
{
    private const int Rounds = 4;

    private sealed record Judge(long CompetitionId, string Token, IReadOnlyList<long> Contestants, long AspectId, IReadOnlyList<decimal> Values);

    /// <summary>A mark sent by a tablet; <see cref="Sequence"/> is set once the server acknowledged it.</summary>
    private sealed record Sent(Judge Judge, SubmitMarkRequest Request)
    {
        public long? Sequence { get; set; }
    }

    [Fact]
    public async Task Every_acknowledged_mark_survives_SIGKILL_exactly_once_and_the_board_is_rebuilt_from_the_ledger()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var databasePath = PlatformFactory.NewDatabasePath();
        var server = await ServerProcess.StartAsync(databasePath);
        try
        {
            var judges = await SetUpAsync(server);
            var sent = new ConcurrentDictionary<Guid, Sent>();
            var refusals = new ConcurrentQueue<string>();
            for (var round = 1; round <= Rounds; round++)
            {
                using var stop = new CancellationTokenSource();
                using var http = new HttpClient { BaseAddress = server.Address };
                var marking = judges.Select(j => MarkUntilStoppedAsync(new PlatformClient(http), j, sent, refusals, stop.Token)).ToList();
                await Task.Delay(Random.Shared.Next(400, 2500), cancellation);
                await server.KillAsync();
                await stop.CancelAsync();
                await Task.WhenAll(marking);

                server = await ServerProcess.StartAsync(databasePath);
                await ResendUnansweredAsync(server, sent.Values);
                Assert.Empty(refusals);
                Assert.True(sent.Values.Count(s => s.Sequence is not null) > round * 50, "Too few marks were acknowledged to prove anything.");
                foreach (var competitionId in judges.Select(j => j.CompetitionId).Distinct())
                {
                    await VerifyAsync(server, databasePath, competitionId, sent.Values.Where(s => s.Judge.CompetitionId == competitionId).ToList());
                }
            }
        }
        finally
        {
            await server.DisposeAsync();
            File.Delete(databasePath);
        }
    }

    private static async Task<IReadOnlyList<Judge>> SetUpAsync(ServerProcess server)
    {
        using var http = new HttpClient { BaseAddress = server.Address };
        var client = new PlatformClient(http);
        var judges = new List<Judge>();
        for (var c = 0; c < 2; c++)
        {
            var competition = await client.CreateCompetitionAsync(SampleCompetition.Request($"断电测试 {c}", contestants: 12));
            var measurement = competition.MarkingScheme.Modules[0].Aspects[0];
            var values = new[] { 10m, 9m, 8.5m, 8m, 6m, 4m, 0m };
            for (var j = 0; j < competition.Judges.Count; j++)
            {
                judges.Add(new Judge(competition.Id, await client.JudgeTokenAsync(competition, j),
                    competition.Contestants.Select(x => x.Id).ToList(), measurement.Id, values));
            }
        }
        return judges;
    }

    /// <summary>One tablet: a mark at a time, each answered before the next, until the server dies.</summary>
    private static async Task MarkUntilStoppedAsync(PlatformClient client, Judge judge, ConcurrentDictionary<Guid, Sent> sent,
        ConcurrentQueue<string> refusals, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            var request = new SubmitMarkRequest(Guid.NewGuid(), judge.Contestants[Random.Shared.Next(judge.Contestants.Count)],
                judge.AspectId, judge.Values[Random.Shared.Next(judge.Values.Count)], "复核");
            var mark = sent[request.SubmissionId] = new Sent(judge, request);
            if (!await TrySubmitAsync(client, mark, refusals))
            {
                return;
            }
        }
    }

    /// <summary>After a restart each tablet resends its one unanswered mark, with the same submission id.</summary>
    private static async Task ResendUnansweredAsync(ServerProcess server, IEnumerable<Sent> sent)
    {
        using var http = new HttpClient { BaseAddress = server.Address };
        var refusals = new ConcurrentQueue<string>();
        foreach (var mark in sent.Where(s => s.Sequence is null))
        {
            Assert.True(await TrySubmitAsync(new PlatformClient(http), mark, refusals), "The restarted server did not answer.");
        }
        Assert.Empty(refusals);
    }

    /// <returns>False when the server could not be reached (it was killed): the mark stays unanswered.</returns>
    private static async Task<bool> TrySubmitAsync(PlatformClient client, Sent mark, ConcurrentQueue<string> refusals)
    {
        try
        {
            var r = mark.Request;
            using var response = await client.SubmitMarkAsync(mark.Judge.CompetitionId, mark.Judge.Token, r.ContestantId, r.AspectId, r.Value, r.SubmissionId, r.Reason);
            if (!response.IsSuccessStatusCode)
            {
                refusals.Enqueue($"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
                return false;
            }
            mark.Sequence = (await response.Content.ReadFromJsonAsync<MarkAccepted>(PlatformClient.Json))!.Sequence;
            return true;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    private static async Task VerifyAsync(ServerProcess server, string databasePath, long competitionId, IReadOnlyList<Sent> sent)
    {
        var cancellation = TestContext.Current.CancellationToken;
        var factory = new CompetitionDbContextFactory(new DatabaseOptions { ConnectionString = $"Data Source={databasePath}" }, Path.GetTempPath());
        await using var db = factory.CreateDbContext();
        var ledger = (await db.LedgerEvents.AsNoTracking().Where(e => e.CompetitionId == competitionId)
            .OrderBy(e => e.Sequence).ToListAsync(cancellation)).Select(e => e.ToDomain()).ToList();

        // Exactly once, at the acknowledged sequence; nothing that no tablet sent.
        var stored = ledger.Where(e => e.SubmissionId is not null).GroupBy(e => e.SubmissionId!.Value).ToDictionary(g => g.Key, g => g.ToList());
        Assert.All(stored, s => Assert.Single(s.Value));
        Assert.All(sent, s => Assert.Equal(s.Sequence, stored[s.Request.SubmissionId].Single().Sequence));
        Assert.Equal(sent.Count, stored.Count);
        Assert.Equal(Enumerable.Range(1, ledger.Count).Select(i => (long)i), ledger.Select(e => e.Sequence));
        Assert.Null(LedgerChain.Verify(competitionId, ledger));

        // The board the restarted server serves is the one the ledger gives.
        var (_, state) = (await CompetitionDefinitions.LoadAsync(db, competitionId, cancellation))!.Value;
        foreach (var e in ledger)
        {
            state.Apply(e);
        }
        using var http = new HttpClient { BaseAddress = server.Address };
        var served = await new PlatformClient(http).LeaderboardAsync(competitionId);
        Assert.Equal(ledger.Count, served.Version);
        Assert.Equal(state.Scoreboard.Rank().Select(s => (s.Rank, s.ContestantId, s.Total)),
            served.Rows.Select(r => (r.Rank, r.ContestantId, r.Total)));
    }
}
