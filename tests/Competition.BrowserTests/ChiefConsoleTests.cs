using Competition.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Competition.BrowserTests;

/// <summary>The moderation round trip: two judges disagree, the chief judge asks for a re-score from the
/// console, both tablets are told, the panel agrees, and the aspect counts.</summary>
public sealed class ChiefConsoleTests(BrowserPlatform platform)
{
    [Fact]
    public async Task A_disagreement_goes_from_the_tablets_to_the_console_and_back()
    {
        var competition = await platform.Client.CreateCompetitionAsync(SampleCompetition.Request("2026 匠心杯 焊工 分歧处理", contestants: 6).WithChief());
        var contestant = competition.Contestants[2].Id;
        var judgement = competition.MarkingScheme.Modules[0].Aspects[1].Id;
        var first = await platform.JudgeTabletAsync(competition, 0);
        var second = await platform.JudgeTabletAsync(competition, 1);
        foreach (var (tablet, score) in new[] { (first, "3"), (second, "1") })
        {
            await tablet.Locator($"#contestants button[data-contestant-id='{contestant}']").ClickAsync();
            var card = BrowserPlatform.AspectCard(tablet, judgement);
            await card.GetByRole(AriaRole.Radio, new() { Name = score }).ClickAsync();
            await card.GetByRole(AriaRole.Button, new() { Name = "提交评分" }).ClickAsync();
            await Expect(card.Locator(".status")).ToContainTextAsync("已保存");
        }

        var console = await platform.NewPageAsync(1920, 1080);
        var chief = competition.Judges.Single(j => j.IsChief);
        await console.GotoAsync($"/chief?competition={competition.Id}");
        await console.Locator("#judge").SelectOptionAsync(chief.Id.ToString());
        await console.Locator("#pin").FillAsync(chief.Pin);
        await console.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        var item = console.Locator($"#moderation .moderation-item[data-contestant-id='{contestant}']");
        await Expect(item).ToContainTextAsync($"{competition.Judges[0].Name}：3");
        await Expect(item).ToContainTextAsync($"{competition.Judges[1].Name}：1");
        await Expect(console.Locator("#live")).ToHaveAttributeAsync("data-state", "live");
        await platform.ScreenshotAsync(console, "chief-console-1080p");

        await item.GetByRole(AriaRole.Textbox).FillAsync("3 分与 1 分相差过大，请对照评分标准重评");
        await item.GetByRole(AriaRole.Button, new() { Name = "要求重评" }).ClickAsync();
        await Expect(item).ToContainTextAsync("重评中");

        foreach (var tablet in new[] { first, second })
        {
            await Expect(tablet.Locator("#banners")).ToContainTextAsync("总裁判请您重新评分");
            var card = BrowserPlatform.AspectCard(tablet, judgement);
            await Expect(card.Locator(".status")).ToContainTextAsync("请重新评分");
            // A re-score needs no reason of its own: the chief judge gave it.
            await Expect(card.Locator("input.reason")).ToHaveCountAsync(0);
        }
        await platform.ScreenshotAsync(first, "judge-rescore-tablet");
        foreach (var tablet in new[] { first, second })
        {
            var card = BrowserPlatform.AspectCard(tablet, judgement);
            await card.GetByRole(AriaRole.Radio, new() { Name = "2" }).ClickAsync();
            await card.GetByRole(AriaRole.Button, new() { Name = "提交评分" }).ClickAsync();
            await Expect(card.Locator(".status")).ToContainTextAsync("已保存：2");
        }

        await Expect(console.Locator("#moderation .moderation-item")).ToHaveCountAsync(0);
        await Expect(console.Locator("#moderation-empty")).ToBeVisibleAsync();
        var board = await platform.Client.LeaderboardAsync(competition.Id);
        Assert.Equal(6m, board.Rows.Single(r => r.ContestantId == contestant).Total);

        // Locking from the console reaches the tablets too.
        await console.Locator($"#modules li[data-module-id='{competition.MarkingScheme.Modules[0].Id}']").GetByRole(AriaRole.Button).ClickAsync();
        await Expect(first.Locator("#banners")).ToContainTextAsync("已锁定");
        // Each judge's record: one aspect of eighteen marked, nothing waiting.
        var record = console.Locator($"#records tr[data-judge-id='{competition.Judges[0].Id}']");
        await Expect(record).ToContainTextAsync("1 / 18");
        await Expect(record).ToContainTextAsync("正常");
        await platform.ScreenshotAsync(console, "chief-console-after-1080p");
        await console.SetViewportSizeAsync(1280, 800);
        await platform.ScreenshotAsync(console, "chief-console-tablet");
        Assert.Empty(platform.ErrorsOf(console));
    }
}
