using System.Net;
using Competition.Domain.Standings;
using Competition.Grains.Contracts;
using Competition.Server.Jury;
using Competition.Testing;

namespace Competition.IntegrationTests;

/// <summary>The organizer freezes the public board before the end and reveals it, from the bottom, at the ceremony.</summary>
public sealed class FreezeAndRevealTests(SharedPlatform platform)
{
    private PlatformClient Client => platform.Client;

    [Fact]
    public async Task Audiences_see_the_frozen_board_while_the_jury_sees_marks_then_the_reveal_goes_from_the_bottom_up()
    {
        var competition = await Client.CreateCompetitionAsync(SampleCompetition.Request("冻结与揭晓测试", contestants: 4).WithChief());
        var organizer = await Client.OrganizerTokenAsync();
        var judge = await Client.JudgeTokenAsync(competition);
        var measurement = competition.MarkingScheme.Modules[0].Aspects[0].Id;
        var ids = competition.Contestants.Select(c => c.Id).ToArray();
        foreach (var (contestant, value) in ids.Zip([8m, 10m, 6m, 4m]))
        {
            (await Client.SubmitMarkAsync(competition.Id, judge, contestant, measurement, value)).EnsureSuccessStatusCode();
        }
        await using var audience = await Standings.WatchAsync(platform.Factory, competition.Id);
        await using var jury = await Standings.WatchAsync(platform.Factory, competition.Id, await Client.ChiefTokenAsync(competition));
        Assert.Equal(BoardPhase.Live, (await audience.NextAsync()).Phase);
        await jury.NextAsync();

        await (await Client.SendAsync(HttpMethod.Post, $"/api/competitions/{competition.Id}/board/reveal", new RevealRequest(), organizer))
            .AssertProblemCodeAsync(HttpStatusCode.Conflict, "board.not-frozen");
        (await Client.SendAsync(HttpMethod.Post, $"/api/competitions/{competition.Id}/board/freeze", null, organizer)).EnsureSuccessStatusCode();
        await (await Client.SendAsync(HttpMethod.Post, $"/api/competitions/{competition.Id}/board/freeze", null, organizer))
            .AssertProblemCodeAsync(HttpStatusCode.Conflict, "board.frozen");
        var frozen = await audience.NextAsync();
        Assert.Equal(BoardPhase.Frozen, frozen.Phase);
        Assert.Equal([ids[1], ids[0], ids[2], ids[3]], frozen.Rows.Select(r => r.ContestantId));

        // Contestant 4 overtakes everybody after the freeze: the jury sees it, the public does not.
        (await Client.SubmitMarkAsync(competition.Id, judge, ids[3], competition.MarkingScheme.Modules[0].Aspects[1].Id, 3m)).EnsureSuccessStatusCode();
        var live = await jury.UntilAsync(s => s.Rows[0].ContestantId == ids[3]);
        Assert.Equal(13m, live.Rows[0].Total);
        var publicBoard = await Client.LeaderboardAsync(competition.Id);
        Assert.Equal((BoardPhase.Frozen, frozen.Version), (publicBoard.Phase, publicBoard.Version));
        Assert.Equal(ids[1], publicBoard.Rows[0].ContestantId);
        var juryBoard = await Client.GetAsync<LeaderboardSnapshot>($"/api/competitions/{competition.Id}/leaderboard?view=jury", organizer);
        Assert.Equal(ids[3], juryBoard.Rows[0].ContestantId);
        await (await Client.SendAsync(HttpMethod.Get, $"/api/competitions/{competition.Id}/leaderboard?view=jury", null, judge))
            .AssertProblemAsync(HttpStatusCode.Forbidden);

        // The ceremony: last place first; the places above stay hidden, names and totals too.
        (await Client.SendAsync(HttpMethod.Post, $"/api/competitions/{competition.Id}/board/reveal", new RevealRequest(), organizer)).EnsureSuccessStatusCode();
        var first = await audience.NextAsync();
        Assert.Equal(BoardPhase.Revealing, first.Phase);
        Assert.Equal([true, true, true, false], first.Rows.Select(r => r.Hidden));
        Assert.Equal(ids[2], first.Rows[3].ContestantId);
        Assert.All(first.Rows.Take(3), r => Assert.Equal(("", 0m, 0L), (r.Name, r.Total, r.ContestantId)));
        Assert.Equal(first.Version, frozen.Version + 2);

        (await Client.SendAsync(HttpMethod.Post, $"/api/competitions/{competition.Id}/board/reveal", new RevealRequest(2), organizer)).EnsureSuccessStatusCode();
        Assert.Equal([true, false, false, false], (await audience.NextAsync()).Rows.Select(r => r.Hidden));
        (await Client.SendAsync(HttpMethod.Post, $"/api/competitions/{competition.Id}/board/reveal", new RevealRequest(), organizer)).EnsureSuccessStatusCode();
        var revealed = await audience.NextAsync();
        Assert.Equal(BoardPhase.Live, revealed.Phase);
        Assert.Equal([ids[3], ids[1], ids[0], ids[2]], revealed.Rows.Select(r => r.ContestantId));
    }

    [Fact]
    public async Task Results_are_published_only_when_locked_and_the_board_is_live()
    {
        var competition = await Client.CreateCompetitionAsync(SampleCompetition.Request("成绩发布测试", contestants: 2).WithChief());
        var organizer = await Client.OrganizerTokenAsync();
        var chief = await Client.ChiefTokenAsync(competition);
        var path = $"/api/competitions/{competition.Id}/results";
        (await Client.SendAsync(HttpMethod.Post, $"/api/competitions/{competition.Id}/board/freeze", null, organizer)).EnsureSuccessStatusCode();
        (await Client.SendAsync(HttpMethod.Post, $"/api/competitions/{competition.Id}/results/lock", new LockRequest("demonstration: nothing marked"), chief)).EnsureSuccessStatusCode();

        await (await Client.SendAsync(HttpMethod.Get, path, null, null)).AssertProblemCodeAsync(HttpStatusCode.Forbidden, "results.not-published");
        Assert.True((await Client.GetAsync<ResultsView>(path, chief)).Final);

        await (await Client.SendAsync(HttpMethod.Get, path + ".csv", null, null)).AssertProblemCodeAsync(HttpStatusCode.Forbidden, "results.not-published");

        (await Client.SendAsync(HttpMethod.Post, $"/api/competitions/{competition.Id}/board/thaw", null, organizer)).EnsureSuccessStatusCode();
        Assert.True((await Client.GetAsync<ResultsView>(path)).Final);

        // Exports: CSV and an Excel workbook, one line per contestant with the module totals.
        var csv = await Client.Http.GetAsync(path + ".csv", TestContext.Current.CancellationToken);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Trim().Split('\n');
        Assert.StartsWith("名次,号码,姓名,单位,实操,安全文明,理论,总分", lines[0].TrimStart('\uFEFF'));
        Assert.Equal(3, lines.Length);
        var workbook = await Client.Http.GetStreamAsync(path + ".xlsx", TestContext.Current.CancellationToken);
        using var buffer = new MemoryStream();
        await workbook.CopyToAsync(buffer, TestContext.Current.CancellationToken);
        buffer.Position = 0;
        var rows = MiniExcelLibs.MiniExcel.Query(buffer, useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(competition.Contestants.Select(c => c.Name).Order(), rows.Select(r => (string)r["姓名"]).Order());
    }
}
