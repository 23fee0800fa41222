using Competition.Server.Jury;
using Competition.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Competition.BrowserTests;

/// <summary>What a person sees: a judge marks on a tablet and the hall's board changes.</summary>
public sealed class LiveMarkingTests(BrowserPlatform platform)
{
    [Fact]
    public async Task A_mark_entered_on_the_judge_tablet_changes_the_big_screen_board()
    {
        var competition = await platform.Client.CreateCompetitionAsync(SampleCompetition.Request("2026 匠心杯 焊工 浏览器测试", contestants: 12));
        var contestant = competition.Contestants[4];
        var measurement = competition.MarkingScheme.Modules[0].Aspects[0];
        var board = await platform.NewPageAsync(1920, 1080);
        await board.GotoAsync($"/board/{competition.Id}");
        await Expect(board.Locator("#connection")).ToHaveAttributeAsync("data-state", "live");
        await Expect(board.Locator("#rows tr")).ToHaveCountAsync(12);
        await Expect(board.Locator("#name")).ToHaveTextAsync(competition.Name);

        var signIn = await platform.NewPageAsync(1280, 800, isMobile: true);
        await signIn.GotoAsync($"/judge?competition={competition.Id}");
        await platform.ScreenshotAsync(signIn, "judge-sign-in-tablet");
        var tablet = await platform.JudgeTabletAsync(competition, 0);

        await tablet.Locator($"#contestants button[data-contestant-id='{contestant.Id}']").ClickAsync();
        // A measurement is entered as full mark, a listed deduction or zero.
        var card = BrowserPlatform.AspectCard(tablet, measurement.Id);
        await Expect(card.GetByRole(AriaRole.Radio)).ToHaveCountAsync(7);
        await card.GetByRole(AriaRole.Radio, new() { Name = "8.5", Exact = true }).ClickAsync();
        await card.GetByRole(AriaRole.Button, new() { Name = "提交评分" }).ClickAsync();
        await Expect(card.Locator(".status")).ToContainTextAsync("已保存");
        await Expect(tablet.Locator("#marks li[data-status='saved']")).ToHaveCountAsync(1);

        var row = board.Locator($"#rows tr[data-contestant-id='{contestant.Id}']");
        await Expect(row.Locator("td.total")).ToHaveTextAsync("8.50");
        await Expect(row).ToHaveAttributeAsync("data-rank", "1");
        await Expect(board.Locator("#rows tr").First).ToHaveAttributeAsync("data-contestant-id", contestant.Id.ToString());
        await platform.ScreenshotAsync(tablet, "judge-marking-tablet");
        await platform.ScreenshotAsync(board, "board-1080p");

        Assert.Empty(platform.ErrorsOf(board));
        Assert.Empty(platform.ErrorsOf(tablet));
    }

    [Fact]
    public async Task Judgement_is_scored_with_four_buttons_amendments_need_a_reason_and_refusals_show_theirs()
    {
        var competition = await platform.Client.CreateCompetitionAsync(SampleCompetition.Request("2026 匠心杯 焊工 评价分测试").WithChief());
        var judgement = competition.MarkingScheme.Modules[0].Aspects[1];
        var graded = competition.MarkingScheme.Modules[1].Aspects[0];
        var contestant = competition.Contestants[0].Id;
        var tablet = await platform.JudgeTabletAsync(competition, 1);
        await tablet.Locator($"#contestants button[data-contestant-id='{contestant}']").ClickAsync();

        // Judgement: four large buttons, each with its written level description.
        var card = BrowserPlatform.AspectCard(tablet, judgement.Id);
        await Expect(card.GetByRole(AriaRole.Radio)).ToHaveCountAsync(4);
        await Expect(card.GetByRole(AriaRole.Radio, new() { Name = "0" })).ToContainTextAsync("低于行业标准");
        await card.GetByRole(AriaRole.Radio, new() { Name = "3" }).ClickAsync();
        await card.GetByRole(AriaRole.Button, new() { Name = "提交评分" }).ClickAsync();
        await Expect(card.Locator(".status")).ToContainTextAsync("已保存：3");

        // Changing a submitted mark asks for a reason before anything is sent.
        await Expect(card.Locator("input.reason")).ToBeVisibleAsync();
        await card.GetByRole(AriaRole.Radio, new() { Name = "2" }).ClickAsync();
        await card.GetByRole(AriaRole.Button, new() { Name = "提交评分" }).ClickAsync();
        await Expect(card.Locator(".hint")).ToContainTextAsync("理由");
        await card.Locator("input.reason").FillAsync("看错了评分标准");
        await card.GetByRole(AriaRole.Button, new() { Name = "提交评分" }).ClickAsync();
        await Expect(card.Locator(".status")).ToContainTextAsync("已保存：2");
        await platform.ScreenshotAsync(tablet, "judge-amended-tablet");

        // Graded: a number pad; the server refuses what is out of range, and the tablet says why.
        var gradedCard = BrowserPlatform.AspectCard(tablet, graded.Id);
        await gradedCard.GetByRole(AriaRole.Button, new() { Name = "7", Exact = true }).ClickAsync();
        await gradedCard.GetByRole(AriaRole.Button, new() { Name = "提交评分" }).ClickAsync();
        await Expect(gradedCard.Locator(".status")).ToContainTextAsync("被拒绝");
        await Expect(gradedCard.Locator(".refusal")).ToContainTextAsync("超出范围");

        // The chief judge locks the module: the tablet learns it at once and shows why nothing can change.
        var chief = await platform.Client.ChiefTokenAsync(competition);
        (await platform.Client.SendAsync(HttpMethod.Post, $"/api/competitions/{competition.Id}/modules/{competition.MarkingScheme.Modules[1].Id}/lock",
            new LockRequest(), chief)).EnsureSuccessStatusCode();
        await Expect(tablet.Locator("#banners")).ToContainTextAsync("已锁定");
        await Expect(gradedCard).ToContainTextAsync("已锁定");
        await platform.ScreenshotAsync(tablet, "judge-locked-tablet");

        // The sign-in and every mark's fate survive a reload.
        await tablet.ReloadAsync();
        await Expect(tablet.Locator("#marking")).ToBeVisibleAsync();
        await Expect(tablet.Locator("#marks li")).ToHaveCountAsync(3);
        await Expect(tablet.Locator("#marks li[data-status='refused']")).ToHaveCountAsync(1);

        var board = await platform.Client.LeaderboardAsync(competition.Id);
        Assert.Equal(6m, board.Rows[0].Total); // the amended score of 2 earns 6 of the 9 marks
    }

    [Fact]
    public async Task Pages_are_Chinese_by_default_switch_to_English_and_fit_a_phone()
    {
        var competition = await platform.Client.CreateCompetitionAsync(SampleCompetition.Request("2026 匠心杯 焊工 手机测试", contestants: 20));

        var phone = await platform.NewPageAsync(390, 844, isMobile: true);
        await phone.GotoAsync("/");
        await Expect(phone.Locator("h1")).ToHaveTextAsync("职工技能竞赛平台");
        await Expect(phone.Locator($"[data-competition-id='{competition.Id}']")).ToBeVisibleAsync();
        await platform.ScreenshotAsync(phone, "index-phone");

        await phone.Locator($"[data-competition-id='{competition.Id}'] a", new() { HasText = "排行榜" }).ClickAsync();
        await Expect(phone.Locator("#connection")).ToHaveAttributeAsync("data-state", "live");
        await Expect(phone.Locator("th").First).ToHaveTextAsync("名次");
        // The employer and module columns make way on a narrow screen.
        await Expect(phone.Locator("th.employer")).ToBeHiddenAsync();
        await platform.ScreenshotAsync(phone, "board-phone");

        await phone.Locator("#lang").ClickAsync();
        await Expect(phone.Locator("th").First).ToHaveTextAsync("Rank");
        await Expect(phone.Locator("#lang")).ToHaveTextAsync("中文");
        await phone.GotoAsync("/");
        await Expect(phone.Locator("h1")).ToHaveTextAsync("Skills Competition Platform");
        await platform.ScreenshotAsync(phone, "index-phone-english");

        Assert.Empty(platform.ErrorsOf(phone));
    }
}
