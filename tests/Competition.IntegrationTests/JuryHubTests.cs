using System.Net;
using System.Threading.Channels;
using Competition.Domain.Ledger;
using Competition.Grains.Contracts;
using Competition.Server.Apis.Models;
using Competition.Testing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Competition.IntegrationTests;

/// <summary>What a judge's tablet is told and shown: its assignments, and jury notices over a real SignalR connection.</summary>
public sealed class JuryHubTests(SharedPlatform platform)
{
    private PlatformClient Client => platform.Client;

    [Fact]
    public async Task A_judge_is_assigned_their_panels_less_conflicts_and_sees_a_rescore_request()
    {
        var request = SampleCompetition.Request("裁判分配测试", contestants: 4).WithChief();
        var competition = await Client.CreateCompetitionAsync(request with { Judges = [.. request.Judges, new JudgeRequest("刘洋", "齐星车身")] });
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

        var notice = await notices.NextAsync();
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
        var foreign = Connect(await Client.JudgeTokenAsync(other));
        await foreign.StartAsync(TestContext.Current.CancellationToken);
        await Assert.ThrowsAsync<HubException>(() => foreign.InvokeAsync("Join", competition.Id, TestContext.Current.CancellationToken));
        await foreign.DisposeAsync();
        var anonymous = Connect(token: null);
        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => anonymous.StartAsync(TestContext.Current.CancellationToken));
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    private HubConnection Connect(string? token) => new HubConnectionBuilder()
        .WithUrl(new Uri(platform.Factory.BaseAddress, "/hubs/jury"), o => o.AccessTokenProvider = () => Task.FromResult(token))
        .AddJsonProtocol(o => o.PayloadSerializerOptions = PlatformClient.Json)
        .Build();

    private async Task<Notices> JoinAsync(long competitionId, string token)
    {
        var connection = Connect(token);
        var channel = Channel.CreateUnbounded<JuryNotice>();
        connection.On<JuryNotice>("jury", n => channel.Writer.TryWrite(n));
        await connection.StartAsync(TestContext.Current.CancellationToken);
        await connection.InvokeAsync("Join", competitionId, TestContext.Current.CancellationToken);
        return new Notices(connection, channel.Reader);
    }

    private sealed class Notices(HubConnection connection, ChannelReader<JuryNotice> reader) : IAsyncDisposable
    {
        public async Task<JuryNotice> NextAsync()
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(15));
            return await reader.ReadAsync(timeout.Token);
        }

        public ValueTask DisposeAsync() => connection.DisposeAsync();
    }
}
