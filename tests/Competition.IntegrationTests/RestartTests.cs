using Competition.Testing;

namespace Competition.IntegrationTests;

/// <summary>The database is the system of record: a restarted platform rebuilds the same standings.</summary>
public sealed class RestartTests
{
    [Fact]
    public async Task Restarting_the_server_keeps_every_acknowledged_mark_and_the_same_board()
    {
        var database = TestDatabase.New();
        long competitionId;
        Competition.Grains.Contracts.LeaderboardSnapshot before;
        string judgeToken;
        long contestantId, aspectId, gradedId;
        await using (var first = new PlatformFactory(database))
        {
            var client = new PlatformClient(first.CreateClient());
            var competition = await client.CreateCompetitionAsync();
            competitionId = competition.Id;
            judgeToken = await client.JudgeTokenAsync(competition);
            contestantId = competition.Contestants[0].Id;
            aspectId = competition.MarkingScheme.Modules[0].Aspects[0].Id;
            gradedId = competition.MarkingScheme.Modules[1].Aspects[0].Id;
            foreach (var (contestant, value) in competition.Contestants.Zip([4m, 9m, 6m]))
            {
                (await client.SubmitMarkAsync(competitionId, judgeToken, contestant.Id, aspectId, value)).EnsureSuccessStatusCode();
            }
            before = await client.LeaderboardAsync(competitionId);
        }

        await using var second = new PlatformFactory(database);
        var restarted = new PlatformClient(second.CreateClient());
        var after = await restarted.LeaderboardAsync(competitionId);

        Assert.Equal(4, after.Version);
        Assert.Equal(before.Version, after.Version);
        Assert.Equal(before.Rows.Select(r => (r.Rank, r.ContestantId, r.Total)), after.Rows.Select(r => (r.Rank, r.ContestantId, r.Total)));
        // Tokens and sequences carry over: the signing key is in the database, the ledger continues.
        var next = await restarted.SubmitMarkAsync(competitionId, judgeToken, contestantId, gradedId, 5m);
        next.EnsureSuccessStatusCode();
        Assert.Contains("\"sequence\":5", await next.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        await database.DeleteAsync();
    }
}
