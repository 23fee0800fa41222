using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Threading.Channels;
using Competition.Domain.Competitions;
using Competition.Domain.Rules;
using Competition.Grains.Contracts;
using Competition.Server.Audit;
using Competition.Server.CompetitionDay;
using Competition.Server.Competitions;
using Competition.Server.Jury;
using Competition.Testing;
using Microsoft.AspNetCore.SignalR.Client;

namespace Competition.IntegrationTests.CompetitionDay;

/// <summary>
/// A blind competition (加密) from registration to decryption (解密): every response body and hub
/// message a judge, the chief judge and an anonymous audience receive is scanned for every contestant's
/// name and employer. None before the decryption, which needs an organizer and the chief judge; names after.
/// </summary>
public sealed class BlindJudgingTests
{
    private static readonly string[] Names = ["盲评甲一", "盲评乙二", "盲评丙三", "盲评丁四", "盲评戊五", "盲评己六"];
    // The fourth works where the judge 陈静 does: her conflict of interest must still count.
    private static readonly string[] Employers = ["东风盲评专汽", "齐星盲评车身", "程力盲评专汽", "随州职业技术学院", "东风盲评专汽", "齐星盲评车身"];
    private const int Conflicted = 3;
    // Registered late, once live: the ledger then carries the name too.
    private const string LateName = "盲评庚七";
    private const string LateEmployer = "庚盲评机电";

    [Fact]
    public async Task Judges_the_chief_and_the_public_see_numbers_only_until_an_organizer_and_the_chief_decrypt_the_locked_results()
    {
        var clock = new AdjustableClock();
        await using var factory = new PlatformFactory(time: clock);
        var recorder = new ResponseRecorder();
        var client = new PlatformClient(factory.CreateDefaultClient(factory.BaseAddress, recorder), clock);
        var organizer = await client.OrganizerTokenAsync();
        var firstSession = clock.GetUtcNow().AddHours(1).ToOffset(TimeSpan.FromHours(8));
        var competition = await client.CreateCompetitionAsync(SampleCompetition.Request("盲评全流程", 0).WithChief() with
        {
            Contestants = Names.Select((name, i) => new ContestantRequest(name, Employers[i], $"{i + 1:000}", NationalId: Sheets.NationalId(40 + i))).ToList(),
            Rules = new CompetitionRules { Blind = true },
            Workstations = 4,
            Sessions = [new SessionRequest(firstSession, 120), new SessionRequest(firstSession.AddHours(3), 120)],
        }, start: false);
        var id = competition.Id;

        // The draw: committed, performed, recomputed.
        var commitment = (await client.GetAsync<DrawView>($"/api/competitions/{id}/draw")).Commitment;
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(HttpMethod.Post, $"/api/competitions/{id}/draw", null, organizer)).StatusCode);
        var draw = await client.GetAsync<DrawView>($"/api/competitions/{id}/draw");
        Assert.Equal((commitment, commitment), (draw.Commitment, WitnessDraw.Commitment(draw.Seed!)));
        Assert.Equal(WitnessDraw.Order(draw.Seed!, draw.Input!), draw.Order);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(HttpMethod.Post, $"/api/competitions/{id}/start", null, organizer)).StatusCode);

        // Tokens run on the platform's clock, which this test moves: the hubs keep the connections made with the first ones.
        var juryTokens = new HashSet<string> { await client.JudgeTokenAsync(competition, 0), await client.ChiefTokenAsync(competition) };
        await using var audience = await Transcript.ConnectAsync(factory, "/hubs/leaderboard", "Watch", id, null);
        await using var judgeHub = await Transcript.ConnectAsync(factory, "/hubs/jury", "Join", id, juryTokens.First());
        await using var chiefHub = await Transcript.ConnectAsync(factory, "/hubs/jury", "Join", id, juryTokens.Last());

        var late = await client.SendAsync(HttpMethod.Post, $"/api/competitions/{id}/contestants",
            new Server.Registration.ContestantEntryRequest(LateName, LateEmployer, Reason: "单位补报"), organizer);
        Assert.Equal("07", (await late.Content.ReadFromJsonAsync<ContestantView>(PlatformClient.Json, TestContext.Current.CancellationToken))!.DrawnNumber);

        // Blind, nothing is in registration order (which a posted bib list would decode): the board and the
        // judges' list go by drawn number.
        var board = await client.LeaderboardAsync(id);
        Assert.Equal(board.Rows.Select(r => r.Bib).Order(StringComparer.Ordinal), board.Rows.Select(r => r.Bib));
        var shown = (await client.GetAsync<CompetitionView>($"/api/competitions/{id}", juryTokens.First())).Contestants;
        Assert.Equal(shown.Select(c => c.DrawnNumber).Order(StringComparer.Ordinal), shown.Select(c => c.DrawnNumber));

        // Check-in: the steward finds contestants by the ID card's last four; one of the first session stays away.
        var seated = (await client.GetAsync<CompetitionView>($"/api/competitions/{id}", organizer)).Contestants;
        var first = seated.Where(c => c.Session == 1).ToList();
        var second = seated.Where(c => c.Session == 2).ToList();
        Assert.Equal((4, 2), (first.Count, second.Count));
        var lastFour = Sheets.NationalId(40 + Array.IndexOf(Names, first[0].Name))[^4..];
        var found = await client.GetAsync<List<CheckInEntry>>($"/api/competitions/{id}/check-in?q={lastFour}", organizer);
        Assert.Contains(found, e => e.ContestantId == first[0].Id && e.Name == first[0].Name && e.NationalId!.EndsWith(lastFour));
        var absent = first[3];
        foreach (var contestant in first.Take(3).Concat(second))
        {
            Assert.Equal(HttpStatusCode.OK, (await CheckInAsync(client, id, contestant.Id, organizer)).StatusCode);
        }
        await (await CheckInAsync(client, id, first[0].Id, organizer)).AssertProblemCodeAsync(HttpStatusCode.Conflict, "contestant.checked-in");

        // The first session starts: its absentee becomes a no-show, out of the ranking, until moved to a later session.
        clock.Advance(TimeSpan.FromMinutes(61));
        organizer = await client.OrganizerTokenAsync();
        var list = await client.GetAsync<List<CheckInEntry>>($"/api/competitions/{id}/check-in", organizer);
        Assert.Equal(Withdrawal.NoShow, list.Single(e => e.ContestantId == absent.Id).Withdrawal);
        Assert.All(list.Where(e => e.ContestantId != absent.Id), e => Assert.Null(e.Withdrawal));
        await (await CheckInAsync(client, id, absent.Id, organizer)).AssertProblemCodeAsync(HttpStatusCode.Conflict, "contestant.no-show");
        Assert.True((await client.LeaderboardAsync(id)).Rows.Single(r => r.ContestantId == absent.Id).OutOfRanking);
        var move = $"/api/competitions/{id}/contestants/{absent.Id}/move";
        await (await client.SendAsync(HttpMethod.Post, move, new MoveRequest(1, 4, "迟到"), organizer))
            .AssertProblemCodeAsync(HttpStatusCode.Conflict, "session.started");
        var freeWorkstation = Enumerable.Range(1, 4).First(w => second.All(c => c.Workstation != w));
        var moved = await client.SendAsync(HttpMethod.Post, move, new MoveRequest(2, freeWorkstation, "交通延误，调至第二场"), organizer);
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await CheckInAsync(client, id, absent.Id, organizer)).StatusCode);
        Assert.False((await client.LeaderboardAsync(id)).Rows.Single(r => r.ContestantId == absent.Id).OutOfRanking);

        var judges = new List<string>();
        for (var j = 0; j < 3; j++)
        {
            judges.Add(await client.JudgeTokenAsync(competition, j));
        }
        var chief = await client.ChiefTokenAsync(competition);
        juryTokens.UnionWith([.. judges, chief]);

        // Judges mark what their tablets list; the conflicted contestant is not on 陈静's, and a mark for them is refused without a hint.
        var conflicted = seated.Single(c => c.Name == Names[Conflicted]).Id;
        for (var j = 0; j < judges.Count; j++)
        {
            var definition = await client.GetAsync<CompetitionView>($"/api/competitions/{id}", judges[j]);
            Assert.All(definition.Contestants, c => Assert.Equal(("", "", c.DrawnNumber), (c.Name, c.Employer, (string?)c.Bib)));
            var assignments = await client.GetAsync<List<Assignment>>($"/api/competitions/{id}/marks/assignments", judges[j]);
            Assert.Equal(j == 0, assignments.All(a => a.ContestantId != conflicted));
            await client.MarkAssignmentsAsync(competition, judges[j]);
            await client.GetAsync<List<RecordedMark>>($"/api/competitions/{id}/marks/mine", judges[j]);
            await client.GetAsync<Scorecard>($"/api/competitions/{id}/contestants/{seated[0].Id}", judges[j]);
        }
        var refused = await client.SubmitMarkAsync(id, judges[0], conflicted, competition.MarkingScheme.Modules[0].Aspects[0].Id, 10m);
        await refused.AssertProblemCodeAsync(HttpStatusCode.Forbidden, "judge.not-assigned");

        // The chief judge's console.
        foreach (var path in new[] { "", "/moderation", "/completeness", "/drift", "/leaderboard?view=jury", "/audit", "/results", "/corrections" })
        {
            Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(HttpMethod.Get, $"/api/competitions/{id}{path}", null, chief)).StatusCode);
        }
        await (await client.SendAsync(HttpMethod.Post, $"/api/competitions/{id}/decrypt", null, chief))
            .AssertProblemCodeAsync(HttpStatusCode.Conflict, "results.not-locked");
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(HttpMethod.Post, $"/api/competitions/{id}/results/lock", new LockRequest(), chief)).StatusCode);

        // Published results, still by number, for everyone but the organizers.
        var published = await client.GetAsync<ResultsView>($"/api/competitions/{id}/results");
        Assert.All(published.Rows, r => Assert.Equal(("", ""), (r.Name, r.Employer)));
        Assert.Contains(published.Rows, r => r.Rank == 1);
        Assert.Contains(Names[0], DecodedText.Of(JsonSerializer.SerializeToElement(
            await client.GetAsync<ResultsView>($"/api/competitions/{id}/results", organizer), PlatformClient.Json)));
        await client.SendAsync(HttpMethod.Get, $"/api/competitions/{id}/results.csv", null, null);

        // The chief judge confirms, once; until an organizer does too, nothing is decrypted.
        var chiefConfirmed = await client.SendAsync(HttpMethod.Post, $"/api/competitions/{id}/decrypt", null, chief);
        Assert.Equal(HttpStatusCode.OK, chiefConfirmed.StatusCode);
        await (await client.SendAsync(HttpMethod.Post, $"/api/competitions/{id}/decrypt", null, chief))
            .AssertProblemCodeAsync(HttpStatusCode.Conflict, "decryption.confirmed");
        await client.GetAsync<LeaderboardSnapshot>($"/api/competitions/{id}/leaderboard");

        var watched = new List<string>();
        foreach (var hub in new[] { audience, judgeHub, chiefHub })
        {
            watched.AddRange(hub.Drain());
        }
        Assert.NotEmpty(watched);
        var received = recorder.ReceivedWith(token => token is null || juryTokens.Contains(token)).ToList();
        Assert.Contains(received, r => r.Request.Contains("/marks/assignments"));
        var secrets = Names.Concat(Employers.Where((_, i) => i != Conflicted)).Append(LateName).Append(LateEmployer).ToList();
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(received, r => r.Text.Contains(secret));
            Assert.DoesNotContain(watched, m => m.Contains(secret));
        }

        // The organizer confirms: names show on the results, the board and the definition.
        var decrypted = await client.SendAsync(HttpMethod.Post, $"/api/competitions/{id}/decrypt", null, organizer);
        Assert.Equal(HttpStatusCode.OK, decrypted.StatusCode);
        Assert.True((await client.GetAsync<CompetitionView>($"/api/competitions/{id}")).Blinding!.Decrypted);
        var results = await client.GetAsync<ResultsView>($"/api/competitions/{id}/results");
        Assert.Equal(Names.Append(LateName).Order(), results.Rows.Select(r => r.Name).Order());
        Assert.Contains(Names[0], await (await client.SendAsync(HttpMethod.Get, $"/api/competitions/{id}/results.csv", null, null)).Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(Names.Append(LateName).Order(), (await client.GetAsync<CompetitionView>($"/api/competitions/{id}", judges[1])).Contestants.Select(c => c.Name).Order());
        while (!(await audience.RawAsync()).Contains(Names[0]))
        {
            // Older pushes first; the board with names follows.
        }

        var ledger = await client.GetAsync<List<AuditEvent>>($"/api/competitions/{id}/audit", organizer);
        Assert.Equal(2, ledger.Count(e => e.Type == "DecryptionConfirmed"));
        Assert.Contains(ledger, e => e.Type == "SessionStarted" && e.Payload!.Contains(absent.Id.ToString()));
        Assert.Equal(6, ledger.Count(e => e.Type == "ContestantCheckedIn"));
        Assert.Contains(ledger, e => e.Type == "ContestantMoved" && e.ContestantId == absent.Id && e.Reason == "交通延误，调至第二场");
        Assert.True((await client.GetAsync<AuditVerification>($"/api/competitions/{id}/audit/verify", organizer)).Intact);
        await factory.Database.DeleteAsync();
    }

    private static Task<HttpResponseMessage> CheckInAsync(PlatformClient client, long competitionId, long contestantId, string token) =>
        client.SendAsync(HttpMethod.Post, $"/api/competitions/{competitionId}/contestants/{contestantId}/check-in", null, token);

    /// <summary>Every board and jury message a hub connection receives, as decoded text.</summary>
    private sealed class Transcript : HubMessages<string>
    {
        private Transcript(HubConnection connection, ChannelReader<string> messages) : base(connection, messages)
        {
        }

        public static Task<Transcript> ConnectAsync(PlatformFactory host, string hub, string join, long competitionId, string? token) =>
            ConnectAsync(host, hub, join, competitionId, token, messagePack: false, (connection, messages) =>
            {
                foreach (var method in new[] { "leaderboard", "leaderboardChanges", "jury" })
                {
                    connection.On<JsonElement>(method, message => messages.TryWrite($"{method}\n{DecodedText.Of(message)}"));
                }
            }, (connection, messages) => new Transcript(connection, messages));
    }
}
