using System.Net;
using System.Net.Http.Json;
using Competition.Domain.Ledger;
using Competition.Grains.Contracts;
using Competition.Server.Auth;
using Competition.Server.Competitions;
using Competition.Server.Hubs;
using Competition.Server.Jury;
using Competition.Server.Marking;
using Competition.Testing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Competition.IntegrationTests;

/// <summary>What a judge's tablet is told and shown: its assignments, and jury notices over a real SignalR connection.</summary>
public sealed class JuryHubTests(SharedPlatform platform)
{
    private PlatformClient Client => platform.Client;

    [Fact]
    public async Task A_judge_is_assigned_their_panels_less_conflicts_and_sees_a_rescore_request()
    {
        var request = SampleCompetition.Request("裁判分配测试", contestants: 4).WithChief();
        var competition = await Client.CreateCompetitionAsync(request with { Judges = [.. request.Judges!, new JudgeRequest("刘洋", "齐星车身")] });
        var conflicted = competition.Judges.Single(j => j.Name == "刘洋");
        var conflictedToken = await Client.JudgeTokenAsync(competition, competition.Judges.ToList().IndexOf(conflicted));
        var aspects = competition.MarkingScheme.Modules.SelectMany(m => m.Aspects).ToList();

        var assignments = await Client.GetAsync<List<Assignment>>($"/api/competitions/{competition.Id}/marks/assignments", conflictedToken);

        // Every aspect of the contestants from other employers; none of their own employer's.
        var others = competition.Contestants.Where(c => c.Employer != "齐星车身").Select(c => c.Id).ToHashSet();
        Assert.Equal(others.Count * aspects.Count, assignments.Count);
        Assert.All(assignments, a => Assert.Contains(a.ContestantId, others));
        Assert.All(assignments, a => Assert.Null(a.Value));
        Assert.Empty(await Client.GetAsync<List<Assignment>>($"/api/competitions/{competition.Id}/marks/assignments", await Client.ChiefTokenAsync(competition)));

        var judgement = competition.MarkingScheme.Modules[0].Aspects[1].Id;
        var contestant = competition.Contestants[0].Id;
        var first = await Client.JudgeTokenAsync(competition, 0);
        await using var notices = await JoinAsync(competition.Id, first);
        (await Client.SubmitMarkAsync(competition.Id, first, contestant, judgement, 3m)).EnsureSuccessStatusCode();
        (await Client.SubmitMarkAsync(competition.Id, await Client.JudgeTokenAsync(competition, 1), contestant, judgement, 1m)).EnsureSuccessStatusCode();
        (await Client.SendAsync(HttpMethod.Post, $"/api/competitions/{competition.Id}/moderation/rescore",
            new RescoreRequest(contestant, judgement, "3 against 1"), await Client.ChiefTokenAsync(competition))).EnsureSuccessStatusCode();

        var notice = await notices.RawAsync();
        Assert.Equal((LedgerEventType.RescoreRequested, contestant, judgement), (notice.Kind, notice.ContestantId, notice.AspectId));
        Assert.Equal([competition.Judges[0].Id, competition.Judges[1].Id], notice.JudgeIds.Order());
        var mine = await Client.GetAsync<List<Assignment>>($"/api/competitions/{competition.Id}/marks/assignments", first);
        var asked = mine.Single(a => a.ContestantId == contestant && a.AspectId == judgement);
        Assert.Equal((3m, true), (asked.Value, asked.RescoreRequested));
    }

    [Fact]
    public async Task The_jury_hub_takes_only_tokens_for_the_competition()
    {
        var competition = await Client.CreateCompetitionAsync(SampleCompetition.Request("陪审通道测试"));
        var other = await Client.CreateCompetitionAsync(SampleCompetition.Request("陪审通道测试二"));

        await using var organizer = await JoinAsync(competition.Id, await Client.OrganizerTokenAsync());
        var foreignJudge = await Client.JudgeTokenAsync(other);
        await Assert.ThrowsAsync<HubException>(() => JoinAsync(competition.Id, foreignJudge));
        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => JoinAsync(competition.Id, token: null));
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Fact]
    public async Task While_the_board_is_frozen_the_live_standings_reach_the_chief_judge_and_never_a_judge()
    {
        var competition = await Client.CreateCompetitionAsync(SampleCompetition.Request("冻结榜单裁判通道测试").WithChief());
        (await Client.SendAsync(HttpMethod.Post, $"/api/competitions/{competition.Id}/board/freeze", null, await Client.OrganizerTokenAsync())).EnsureSuccessStatusCode();
        var judge = await Client.JudgeTokenAsync(competition, 0);
        var chief = await Client.ChiefTokenAsync(competition);
        // The same token is refused the live standings over HTTP.
        await (await Client.SendAsync(HttpMethod.Get, $"/api/competitions/{competition.Id}/leaderboard?view=jury", null, judge)).AssertProblemAsync(HttpStatusCode.Forbidden);
        await using var chiefStandings = await HubMessages<LeaderboardSnapshot>.ConnectAsync(platform.Factory, "/hubs/jury", "Join", "leaderboard", competition.Id, chief);
        await using var judgeStandings = await HubMessages<LeaderboardSnapshot>.ConnectAsync(platform.Factory, "/hubs/jury", "Join", "leaderboard", competition.Id, judge);
        var judgeNotices = new TaskCompletionSource<JuryNotice>(TaskCreationOptions.RunContinuationsAsynchronously);
        judgeStandings.Connection.On<JuryNotice>(JuryHub.NoticeMethod, notice => judgeNotices.TrySetResult(notice));

        var measurement = competition.MarkingScheme.Modules[0].Aspects[0].Id;
        var sequence = (await (await Client.SubmitMarkAsync(competition.Id, judge, competition.Contestants[0].Id, measurement, 10m))
            .Content.ReadFromJsonAsync<MarkAccepted>(PlatformClient.Json, TestContext.Current.CancellationToken))!.Sequence;
        while ((await chiefStandings.RawAsync()).Rows.All(r => r.Total == 0))
        {
        }
        // A notice sent after the standings reaches the judge after anything sent to them before it.
        (await Client.SendAsync(HttpMethod.Post, $"/api/competitions/{competition.Id}/modules/{competition.MarkingScheme.Modules[1].Id}/lock",
            new LockRequest(null), chief)).EnsureSuccessStatusCode();
        await judgeNotices.Task.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

        Assert.True(sequence > 0);
        Assert.Empty(judgeStandings.Drain());
    }

    [Fact]
    public async Task A_jury_connection_closes_once_its_token_is_signed_out_or_has_expired()
    {
        var competition = await Client.CreateCompetitionAsync(SampleCompetition.Request("连接随令牌失效测试"));
        var judge = await Client.JudgeTokenAsync(competition, 0);
        await using var signedOut = await JoinAsync(competition.Id, judge);
        var closed = Closed(signedOut.Connection);

        (await Client.SendAsync(HttpMethod.Post, "/api/auth/sign-out", null, judge)).EnsureSuccessStatusCode();

        await closed.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

        // An organizer's token lasts minutes: past that, its open connection is closed too.
        var clock = new AdjustableClock();
        await using var factory = new PlatformFactory(time: clock);
        var client = new PlatformClient(factory.CreateDefaultClient(factory.BaseAddress), clock);
        var organizer = await client.OrganizerTokenAsync();
        var own = await client.CreateCompetitionAsync(SampleCompetition.Request("连接随令牌到期测试"));
        await using var expiring = await HubMessages<JuryNotice>.ConnectAsync(factory, "/hubs/jury", "Join", "jury", own.Id, organizer);
        var expired = Closed(expiring.Connection);
        clock.Advance(TokenIssuer.AccountLifetime + TimeSpan.FromMinutes(1));
        await expired.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
    }

    private static Task Closed(HubConnection connection)
    {
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        connection.Closed += _ =>
        {
            closed.TrySetResult();
            return Task.CompletedTask;
        };
        return closed.Task;
    }

    private Task<HubMessages<JuryNotice>> JoinAsync(long competitionId, string? token) =>
        HubMessages<JuryNotice>.ConnectAsync(platform.Factory, "/hubs/jury", "Join", "jury", competitionId, token);
}
