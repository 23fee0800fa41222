using System.Net;
using Competition.Domain.Ledger;
using Competition.Grains.Contracts;
using Competition.Server.Competitions;
using Competition.Server.Jury;
using Competition.Testing;
using Microsoft.AspNetCore.SignalR;

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

    private Task<HubMessages<JuryNotice>> JoinAsync(long competitionId, string? token) =>
        HubMessages<JuryNotice>.ConnectAsync(platform.Factory, "/hubs/jury", "Join", "jury", competitionId, token);
}
