using Competition.Domain.Ledger;
using Competition.Server.Audit;
using Competition.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Competition.BrowserTests;

/// <summary>Venue Wi-Fi drops: the tablet keeps marking, survives a reload offline, and every mark
/// reaches the ledger exactly once when the network returns.</summary>
public sealed class OfflineJudgingTests(BrowserPlatform platform)
{
    [Fact]
    public async Task Marks_entered_offline_survive_a_reload_and_are_stored_exactly_once_when_back_online()
    {
        var competition = await platform.Client.CreateCompetitionAsync(SampleCompetition.Request("2026 匠心杯 焊工 断网测试", contestants: 4));
        var measurement = competition.MarkingScheme.Modules[0].Aspects[0].Id;
        var tablet = await platform.JudgeTabletAsync(competition, 0);
        // The service worker must be in charge before the network goes, so the page can open without it.
        await tablet.WaitForFunctionAsync("() => navigator.serviceWorker.controller !== null");

        await tablet.Context.SetOfflineAsync(true);
        await Expect(tablet.Locator("#network")).ToHaveAttributeAsync("data-state", "offline");
        var values = new[] { "10", "9", "8" };
        for (var i = 0; i < values.Length; i++)
        {
            await tablet.Locator($"#contestants button[data-contestant-id='{competition.Contestants[i].Id}']").ClickAsync();
            var card = BrowserPlatform.AspectCard(tablet, measurement);
            await card.GetByRole(AriaRole.Radio, new() { Name = values[i], Exact = true }).ClickAsync();
            await card.GetByRole(AriaRole.Button, new() { Name = "提交评分" }).ClickAsync();
            await Expect(card.Locator(".status")).ToContainTextAsync("待发送");
        }
        await Expect(tablet.Locator("#queue")).ToContainTextAsync("3");

        await tablet.ReloadAsync();
        await Expect(tablet.Locator("#marking")).ToBeVisibleAsync();
        await Expect(tablet.Locator("#marks li[data-status='pending']")).ToHaveCountAsync(3);
        await platform.ScreenshotAsync(tablet, "judge-offline-tablet");
        Assert.Equal(1, (await platform.Client.LeaderboardAsync(competition.Id)).Version);

        await tablet.Context.SetOfflineAsync(false);
        await Expect(tablet.Locator("#marks li[data-status='saved']")).ToHaveCountAsync(3);
        await Expect(tablet.Locator("#queue")).ToBeHiddenAsync();

        var audit = await platform.Client.GetAsync<List<AuditEvent>>($"/api/competitions/{competition.Id}/audit", await platform.Client.OrganizerTokenAsync());
        var marks = audit.Where(e => e.Type == nameof(LedgerEventType.Mark)).ToList();
        Assert.Equal(3, marks.Count);
        Assert.Equal(3, marks.Select(m => m.SubmissionId).Distinct().Count());
        Assert.Equal([10m, 9m, 8m], marks.Select(m => m.Value!.Value));
        var board = await platform.Client.LeaderboardAsync(competition.Id);
        Assert.Equal([10m, 9m, 8m, 0m], board.Rows.Select(r => r.Total));
    }
}
