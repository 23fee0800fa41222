using Competition.Server.Jury;
using Competition.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Competition.BrowserTests;

/// <summary>The hall's big screen through a competition day: live updates, paging a long field, the
/// freeze, the reveal from the bottom; then the venue wall and the published results.</summary>
public sealed class HallAndCeremonyTests(BrowserPlatform platform)
{
    [Fact]
    public async Task The_big_screen_updates_pages_freezes_and_reveals_from_the_bottom()
    {
        var competition = await platform.Client.CreateCompetitionAsync(SampleCompetition.Request("2026 匠心杯 焊工 颁奖测试", contestants: 30).WithChief());
        var organizer = await platform.Client.OrganizerTokenAsync();
        var judge = await platform.Client.JudgeTokenAsync(competition);
        var measurement = competition.MarkingScheme.Modules[0].Aspects[0].Id;
        var ids = competition.Contestants.Select(c => c.Id).ToArray();

        var hall = await platform.NewPageAsync(1920, 1080);
        await hall.GotoAsync($"/board/{competition.Id}?mode=hall");
        await Expect(hall.Locator("#connection")).ToHaveAttributeAsync("data-state", "live");
        // Thirty contestants do not fit one screen: the board pages through them by itself.
        await Expect(hall.Locator("#page")).ToContainTextAsync("/");
        await Expect(hall.Locator("#rows tr:visible")).Not.ToHaveCountAsync(30);

        foreach (var (contestant, value) in new[] { (ids[7], 10m), (ids[3], 9m), (ids[12], 8m) })
        {
            (await platform.Client.SubmitMarkAsync(competition.Id, judge, contestant, measurement, value)).EnsureSuccessStatusCode();
        }
        await Expect(hall.Locator("#rows tr").First).ToHaveAttributeAsync("data-contestant-id", ids[7].ToString());
        await Expect(hall.Locator($"#rows tr[data-contestant-id='{ids[12]}'] td.total")).ToHaveTextAsync("8.00");
        await platform.ScreenshotAsync(hall, "board-hall-live-1080p");

        (await platform.Client.SendAsync(HttpMethod.Post, $"/api/competitions/{competition.Id}/board/freeze", null, organizer)).EnsureSuccessStatusCode();
        await Expect(hall.Locator("#phase")).ToContainTextAsync("冻结");
        (await platform.Client.SubmitMarkAsync(competition.Id, judge, ids[20], measurement, 10m)).EnsureSuccessStatusCode();
        (await platform.Client.SubmitMarkAsync(competition.Id, await platform.Client.JudgeTokenAsync(competition, 1), ids[20],
            competition.MarkingScheme.Modules[0].Aspects[1].Id, 3m)).EnsureSuccessStatusCode();
        // The jury sees contestant 21 ahead; the hall still shows the frozen order.
        var jury = await platform.Client.GetAsync<Competition.Grains.Contracts.LeaderboardSnapshot>($"/api/competitions/{competition.Id}/leaderboard?view=jury", organizer);
        Assert.Equal(ids[20], jury.Rows[0].ContestantId);
        await Expect(hall.Locator("#rows tr").First).ToHaveAttributeAsync("data-contestant-id", ids[7].ToString());
        await platform.ScreenshotAsync(hall, "board-hall-frozen-1080p");

        (await platform.Client.SendAsync(HttpMethod.Post, $"/api/competitions/{competition.Id}/board/reveal", new RevealRequest(27), organizer)).EnsureSuccessStatusCode();
        await Expect(hall.Locator("#phase")).ToContainTextAsync("揭晓");
        await Expect(hall.Locator("#rows tr.hidden-place")).ToHaveCountAsync(3);
        await Expect(hall.Locator("#rows tr.hidden-place").First).ToContainTextAsync("待揭晓");
        await platform.ScreenshotAsync(hall, "board-hall-revealing-1080p");

        (await platform.Client.SendAsync(HttpMethod.Post, $"/api/competitions/{competition.Id}/board/reveal", new RevealRequest(3), organizer)).EnsureSuccessStatusCode();
        await Expect(hall.Locator("#phase")).ToBeHiddenAsync();
        await Expect(hall.Locator("#rows tr").First).ToHaveAttributeAsync("data-contestant-id", ids[20].ToString());
        Assert.Empty(platform.ErrorsOf(hall));
    }

    [Fact]
    public async Task The_venue_wall_shows_every_live_competition_with_a_qr_code_and_results_are_published_with_exports()
    {
        var competition = await platform.Client.CreateCompetitionAsync(SampleCompetition.Request("2026 匠心杯 焊工 成绩公布测试", contestants: 4).WithChief());
        var judge = await platform.Client.JudgeTokenAsync(competition);
        var measurement = competition.MarkingScheme.Modules[0].Aspects[0].Id;
        foreach (var (contestant, value) in competition.Contestants.Zip([8m, 10m, 6m, 9m]))
        {
            (await platform.Client.SubmitMarkAsync(competition.Id, judge, contestant.Id, measurement, value)).EnsureSuccessStatusCode();
        }

        var wall = await platform.NewPageAsync(1920, 1080);
        await wall.GotoAsync("/venue");
        var card = wall.Locator($"[data-competition-id='{competition.Id}']");
        await Expect(card.Locator("svg")).ToBeVisibleAsync();
        await Expect(card.Locator("a.qr")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex($"/board/{competition.Id}$"));
        await Expect(card.Locator("tbody tr").First).ToContainTextAsync(competition.Contestants[1].Name);
        (await platform.Client.SubmitMarkAsync(competition.Id, judge, competition.Contestants[2].Id, competition.MarkingScheme.Modules[0].Aspects[1].Id, 3m)).EnsureSuccessStatusCode();
        await Expect(card.Locator("tbody tr").First).ToContainTextAsync(competition.Contestants[2].Name);
        await platform.ScreenshotAsync(wall, "venue-1080p");

        var results = await platform.NewPageAsync(1280, 800);
        await results.GotoAsync($"/results/{competition.Id}");
        await Expect(results.Locator("#message")).ToContainTextAsync("尚未公布");
        (await platform.Client.SendAsync(HttpMethod.Post, $"/api/competitions/{competition.Id}/results/lock",
            new LockRequest("safety module not held"), await platform.Client.ChiefTokenAsync(competition))).EnsureSuccessStatusCode();
        await results.ReloadAsync();
        await Expect(results.Locator("#rows tr")).ToHaveCountAsync(4);
        await Expect(results.Locator("#rows tr").First).ToContainTextAsync("金奖");
        await Expect(results.Locator("#csv")).ToHaveAttributeAsync("href", $"/api/competitions/{competition.Id}/results.csv");
        await results.Locator("#rows tr").First.ClickAsync();
        await Expect(results.Locator("#breakdown")).ToContainTextAsync("焊缝尺寸");
        await platform.ScreenshotAsync(results, "results-tablet");
        Assert.Empty(platform.ErrorsOf(results));
    }
}
