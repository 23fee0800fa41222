using Competition.Grains.Contracts;
using Competition.Server.Hubs;
using Competition.Testing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Competition.IntegrationTests;

/// <summary>A real SignalR client over WebSockets against the real host.</summary>
public sealed class LeaderboardHubTests(SharedPlatform platform)
{
    private PlatformClient Client => platform.Client;

    [Fact]
    public async Task Watching_sends_the_snapshot_at_once_then_a_newer_version_after_each_mark()
    {
        var competition = await Client.CreateCompetitionAsync();
        var token = await Client.JudgeTokenAsync(competition);
        var aspect = competition.MarkingScheme.Modules[0].Aspects[0];
        await using var viewer = await Standings.WatchAsync(platform.Factory, competition.Id);

        var snapshot = await viewer.NextAsync();
        Assert.Equal(competition.Id, snapshot.CompetitionId);
        Assert.Equal(1, snapshot.Version);
        Assert.Equal(competition.Contestants.Count, snapshot.Rows.Count);

        (await Client.SubmitMarkAsync(competition.Id, token, competition.Contestants[2].Id, aspect.Id, 9m)).EnsureSuccessStatusCode();

        var pushed = await viewer.NextAsync();
        Assert.Equal(2, pushed.Version);
        var leader = pushed.Rows[0];
        Assert.Equal(competition.Contestants[2].Id, leader.ContestantId);
        Assert.Equal(9m, leader.Total);
        Assert.Equal(1, leader.Rank);
    }

    [Fact]
    public async Task A_burst_of_marks_arrives_coalesced_with_growing_versions_ending_on_the_final_standings()
    {
        var competition = await Client.CreateCompetitionAsync(SampleCompetition.Request(contestants: 25));
        var tokens = await Task.WhenAll(Enumerable.Range(0, 3).Select(i => Client.JudgeTokenAsync(competition, i)));
        var graded = competition.MarkingScheme.Modules[1].Aspects[0];
        await using var viewer = await Standings.WatchAsync(platform.Factory, competition.Id);
        await viewer.NextAsync();

        // 3 judges × 25 contestants, all at once.
        var marks = tokens.SelectMany((token, judge) => competition.Contestants.Select((c, i) => (token, c.Id, Value: (decimal)((i + judge) % 7))));
        var answers = await Task.WhenAll(marks.Select(m => Client.SubmitMarkAsync(competition.Id, m.token, m.Id, graded.Id, Math.Min(m.Value, 6m))));
        Assert.All(answers, a => a.EnsureSuccessStatusCode());
        const int total = 75 + 1; // the marks, after the start

        var versions = new List<long>();
        LeaderboardSnapshot last;
        do
        {
            // Raw messages: after the snapshot the server must send every change with a higher version.
            last = await viewer.RawAsync();
            versions.Add(last.Version);
        }
        while (last.Version < total);

        Assert.Equal(total, last.Version);
        Assert.Equal(versions.Order(), versions);
        Assert.Equal(versions.Distinct().Count(), versions.Count);
        Assert.True(versions.Count < total, $"{versions.Count} messages for {total} marks: changes were not coalesced.");
        var board = await Client.LeaderboardAsync(competition.Id);
        Assert.Equal(board.Rows.Select(r => (r.ContestantId, r.Total, r.Rank)), last.Rows.Select(r => (r.ContestantId, r.Total, r.Rank)));
    }

    [Fact]
    public async Task Two_viewers_of_one_competition_both_receive_and_a_viewer_of_another_does_not()
    {
        var watched = await Client.CreateCompetitionAsync();
        var other = await Client.CreateCompetitionAsync();
        var token = await Client.JudgeTokenAsync(watched);
        await using var first = await Standings.WatchAsync(platform.Factory, watched.Id);
        await using var second = await Standings.WatchAsync(platform.Factory, watched.Id);
        await using var elsewhere = await Standings.WatchAsync(platform.Factory, other.Id);
        await Task.WhenAll(first.NextAsync(), second.NextAsync(), elsewhere.NextAsync());

        (await Client.SubmitMarkAsync(watched.Id, token, watched.Contestants[0].Id, watched.MarkingScheme.Modules[0].Aspects[0].Id, 6m)).EnsureSuccessStatusCode();

        Assert.Equal(2, (await first.NextAsync()).Version);
        Assert.Equal(2, (await second.NextAsync()).Version);
        // A mark on the other competition reaches its viewer; the first message it gets is about its own competition.
        var otherToken = await Client.JudgeTokenAsync(other);
        (await Client.SubmitMarkAsync(other.Id, otherToken, other.Contestants[0].Id, other.MarkingScheme.Modules[0].Aspects[0].Id, 4m)).EnsureSuccessStatusCode();
        var received = await elsewhere.NextAsync();
        Assert.Equal(other.Id, received.CompetitionId);
        Assert.Equal(2, received.Version);
    }

    [Fact]
    public async Task Watching_an_unknown_competition_is_refused()
    {
        var error = await Assert.ThrowsAsync<HubException>(() => Standings.WatchAsync(platform.Factory, 999_999));
        Assert.Contains("does not exist", error.Message);
    }

    [Fact]
    public async Task Pushes_carry_only_the_rows_that_changed_each_following_on_from_the_one_before_in_MessagePack_too()
    {
        var ct = TestContext.Current.CancellationToken;
        var competition = await Client.CreateCompetitionAsync();
        var token = await Client.JudgeTokenAsync(competition);
        var aspect = competition.MarkingScheme.Modules[0].Aspects[0].Id;
        await using var changes = await HubMessages<LeaderboardChanges>.ConnectAsync(
            platform.Factory, LeaderboardHub.Path, "Watch", LeaderboardHub.ChangesMethod, competition.Id, messagePack: true);
        var start = await Client.LeaderboardAsync(competition.Id);

        var pushes = new List<LeaderboardChanges>();
        foreach (var (contestant, value) in competition.Contestants.Zip([10m, 9m, 8m]))
        {
            (await Client.SubmitMarkAsync(competition.Id, token, contestant.Id, aspect, value)).EnsureSuccessStatusCode();
            pushes.Add(await changes.RawAsync());
        }

        Assert.Equal(start.Version, pushes[0].PreviousVersion);
        Assert.Equal(pushes[0].Version, pushes[1].PreviousVersion);
        Assert.Equal(pushes[1].Version, pushes[2].PreviousVersion);
        // The third mark moves nobody: its own row travels, not the board.
        var third = Assert.Single(pushes[2].Rows);
        Assert.Equal((2, 8m, "选手3"), (third.Position, third.Row.Total, third.Row.Name));
        Assert.Equal(3, pushes[2].Count);
        // Applied in order to the board a viewer started from, they give the board the API serves.
        var board = pushes.Aggregate(start, (held, push) => push.ApplyTo(held)!);
        var served = await Client.LeaderboardAsync(competition.Id);
        Assert.Equal(served.Version, board.Version);
        Assert.Equal(served.Rows.Select(r => (r.Rank, r.ContestantId, r.Total, r.Name)), board.Rows.Select(r => (r.Rank, r.ContestantId, r.Total, r.Name)));
        // A viewer that lost the second push cannot apply the third, and asks for the whole board again.
        Assert.Null(pushes[2].ApplyTo(pushes[0].ApplyTo(start)!));
        var whole = new TaskCompletionSource<LeaderboardSnapshot>();
        changes.Connection.On<LeaderboardSnapshot>(LeaderboardHub.LeaderboardMethod, b => whole.TrySetResult(b));
        await changes.Connection.InvokeAsync("Watch", competition.Id, ct);
        Assert.Equal(served.Version, (await whole.Task.WaitAsync(TimeSpan.FromSeconds(30), ct)).Version);
    }
}
