using System.Collections.Concurrent;
using System.Net.Http.Json;
using Competition.Data;
using Competition.Server.Marking;
using Competition.Testing;

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
        var database = TestDatabase.New();
        var server = await ServerProcess.StartAsync(database);
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

                server = await ServerProcess.StartAsync(database);
                await ResendUnansweredAsync(server, sent.Values);
                Assert.Empty(refusals);
                Assert.True(sent.Values.Count(s => s.Sequence is not null) > round * 50, "Too few marks were acknowledged to prove anything.");
                foreach (var competitionId in judges.Select(j => j.CompetitionId).Distinct())
                {
                    await VerifyAsync(server, database, competitionId, sent.Values.Where(s => s.Judge.CompetitionId == competitionId).ToList());
                }
            }
        }
        finally
        {
            await server.DisposeAsync();
            await database.DeleteAsync();
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

    private static Task VerifyAsync(ServerProcess server, TestDatabase database, long competitionId, IReadOnlyList<Sent> sent) =>
        LedgerProof.AssertExactlyOnceAsync(database, server.Address, competitionId, sent.Select(s => (s.Request.SubmissionId, s.Sequence!.Value)).ToList());
}
