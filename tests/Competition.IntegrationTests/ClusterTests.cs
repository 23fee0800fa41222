using Competition.Grains.Contracts;
using Competition.Testing;

namespace Competition.IntegrationTests;

/// <summary>
/// Two hosts, each with its own silo and SignalR server, form one Orleans cluster over one database:
/// an audience on one host sees marks entered through the other, and keeps seeing them after the host
/// that held the competition leaves.
/// </summary>
public sealed class ClusterTests
{
    [Fact]
    public async Task An_audience_on_one_silo_sees_marks_entered_on_another_also_after_that_silo_leaves()
    {
        var first = new PlatformFactory();
        await using var second = new PlatformFactory(joining: first);
        try
        {
            var viaFirst = new PlatformClient(first.CreateClient());
            var viaSecond = new PlatformClient(second.CreateClient());
            // Started through the first host, the competition lives on the first silo.
            var competition = await viaFirst.CreateCompetitionAsync(SampleCompetition.Request("集群测试", contestants: 3));
            var judge = await viaFirst.JudgeTokenAsync(competition);
            var aspect = competition.MarkingScheme.Modules[1].Aspects[0].Id;
            await using var audienceOnSecond = await Standings.WatchAsync(second, competition.Id);
            await using var audienceOnFirst = await Standings.WatchAsync(first, competition.Id);
            Assert.Equal(1, (await audienceOnSecond.NextAsync()).Version);
            Assert.Equal(1, (await audienceOnFirst.NextAsync()).Version);

            (await viaFirst.SubmitMarkAsync(competition.Id, judge, competition.Contestants[0].Id, aspect, 5m)).EnsureSuccessStatusCode();
            Assert.Equal(2.5m, (await audienceOnSecond.UntilVersionAsync(2)).Rows[0].Total); // graded 5 in a module weighted 0.5
            Assert.Equal(2, (await audienceOnFirst.UntilVersionAsync(2)).Version);

            (await viaSecond.SubmitMarkAsync(competition.Id, judge, competition.Contestants[1].Id, aspect, 6m)).EnsureSuccessStatusCode();
            Assert.Equal(competition.Contestants[1].Id, (await audienceOnSecond.UntilVersionAsync(3)).Rows[0].ContestantId);

            // The first host goes away while the competition is live.
            await first.DisposeAsync();
            (await viaSecond.SubmitMarkAsync(competition.Id, judge, competition.Contestants[2].Id, aspect, 4m)).EnsureSuccessStatusCode();

            var after = await audienceOnSecond.UntilVersionAsync(4);
            Assert.Equal([3m, 2.5m, 2m], after.Rows.Select(r => r.Total));
            var board = await viaSecond.LeaderboardAsync(competition.Id);
            Assert.Equal(4, board.Version);
            Assert.Equal(3, board.Rows.Sum(r => r.MarkCount));
        }
        finally
        {
            await first.DisposeAsync();
        }
    }
}
