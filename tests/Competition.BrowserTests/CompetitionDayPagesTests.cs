using System.Net.Http.Json;
using Competition.Domain.Rules;
using Competition.Grains.Contracts;
using Competition.Server.CompetitionDay;
using Competition.Server.Competitions;
using Competition.Server.Jury;
using Competition.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Competition.BrowserTests;

/// <summary>
/// The competition day as its people see it: the office draws and prints the draw sheet, badges and paper
/// marking forms; a steward checks contestants in on a phone; a judge's tablet shows numbers, not names;
/// the chief judge and an organizer decrypt the locked results.
/// </summary>
public sealed class CompetitionDayPagesTests(BrowserPlatform platform)
{
    private static readonly string[] Names = ["检录甲", "检录乙", "检录丙", "检录丁", "检录戊"];

    [Fact]
    public async Task The_office_draws_prints_checks_in_and_decrypts_while_judges_see_numbers_only()
    {
        var client = platform.Client;
        var admin = await client.OrganizerTokenAsync();
        var firstSession = DateTimeOffset.UtcNow.AddHours(2).ToOffset(TimeSpan.FromHours(8));
        var competition = await client.CreateCompetitionAsync(SampleCompetition.Request("2027 区焊工技能竞赛（赛务测试）", 0).WithChief() with
        {
            Contestants = Names.Select((name, i) => new ContestantRequest(name, i % 2 == 0 ? "程力专用汽车" : "齐星车身", $"{i + 1:000}",
                NationalId: Sheets.NationalId(300 + i))).ToList(),
            Rules = new CompetitionRules { Blind = true },
            Workstations = 3,
            Sessions = [new SessionRequest(firstSession, 150), new SessionRequest(firstSession.AddHours(3), 150)],
        }, start: false);
        var id = competition.Id;

        // The office draws on a tablet; the commitment is on screen before.
        var office = await platform.NewPageAsync(1280, 800, isMobile: true);
        office.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await BrowserPlatform.SignInAsync(office, $"/organize#c/{id}/draw", "admin", PlatformClient.AdminPassword);
        await Expect(office.Locator("[data-panel='draw']")).ToBeVisibleAsync();
        var commitment = (await client.GetAsync<DrawView>($"/api/competitions/{id}/draw")).Commitment;
        await Expect(office.Locator("#draw-state")).ToContainTextAsync(commitment);
        await Expect(office.Locator("#workstations")).ToHaveValueAsync("3");
        await Expect(office.Locator("#session-rows .session-row")).ToHaveCountAsync(2);
        await platform.ScreenshotAsync(office, "organize-before-draw-tablet");
        await office.GetByRole(AriaRole.Button, new() { Name = "抽签", Exact = true }).ClickAsync();
        await Expect(office.Locator("#console-message")).ToContainTextAsync("抽签完成");
        var draw = await client.GetAsync<DrawView>($"/api/competitions/{id}/draw");
        await Expect(office.Locator("#draw-state")).ToContainTextAsync(draw.Seed!);
        await Expect(office.Locator("#seats tbody tr").First).ToContainTextAsync("01");
        await platform.ScreenshotAsync(office, "organize-draw-tablet");

        // The draw sheet, the badges and a session's marking forms, on A4.
        await office.GetByRole(AriaRole.Button, new() { Name = "打印抽签记录表" }).ClickAsync();
        var sheet = office.Locator("#day-print .draw-sheet");
        await office.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(sheet).ToBeVisibleAsync();
        await Expect(sheet).ToContainTextAsync(draw.Seed!);
        await Expect(sheet).ToContainTextAsync(commitment);
        await Expect(sheet.Locator("tbody tr")).ToHaveCountAsync(Names.Length);
        await Expect(sheet.Locator(".signature")).ToHaveCountAsync(3);
        await platform.ScreenshotAsync(office, "draw-sheet-print", print: true);
        await office.EmulateMediaAsync(new() { Media = Media.Screen });
        await office.GetByRole(AriaRole.Button, new() { Name = "打印参赛证" }).ClickAsync();
        await office.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(office.Locator("#day-print .badge-card")).ToHaveCountAsync(Names.Length);
        await Expect(office.Locator("#day-print .badge-card svg").First).ToBeVisibleAsync();
        await Expect(office.Locator("#day-print .draw-sheet")).ToHaveCountAsync(0);
        foreach (var name in Names)
        {
            await Expect(office.Locator("#day-print")).Not.ToContainTextAsync(name);
        }
        await platform.ScreenshotAsync(office, "badges-print", print: true);
        await office.EmulateMediaAsync(new() { Media = Media.Screen });
        await office.Locator("#forms-session").SelectOptionAsync("1");
        await office.GetByRole(AriaRole.Button, new() { Name = "打印评分表" }).ClickAsync();
        await office.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(office.Locator("#day-print .form-sheet")).ToHaveCountAsync(3);
        await Expect(office.Locator("#day-print .form-sheet").First.Locator("tbody tr")).ToHaveCountAsync(3);
        await Expect(office.Locator("#day-print .form-sheet").First.Locator(".levels li")).ToHaveCountAsync(4);
        await platform.ScreenshotAsync(office, "marking-forms-print", print: true);
        await office.EmulateMediaAsync(new() { Media = Media.Screen });
        (await client.SendAsync(HttpMethod.Post, $"/api/competitions/{id}/start", null, admin)).EnsureSuccessStatusCode();

        // A steward at the door, on a phone: the ID card's last four find the contestant.
        var view = await client.GetAsync<CompetitionView>($"/api/competitions/{id}", admin);
        var arriving = view.Contestants.Single(c => c.Name == Names[2]);
        var phone = await platform.NewPageAsync(390, 844, isMobile: true);
        await BrowserPlatform.SignInAsync(phone, $"/checkin?competition={id}", "admin", PlatformClient.AdminPassword);
        await Expect(phone.Locator("#entries .entry")).ToHaveCountAsync(Names.Length);
        await phone.Locator("#q").FillAsync(Sheets.NationalId(302)[^4..]);
        await phone.GetByRole(AriaRole.Button, new() { Name = "查找" }).ClickAsync();
        var card = phone.Locator($"#entries .entry[data-contestant-id='{arriving.Id}']");
        await Expect(card).ToContainTextAsync(Names[2]);
        await Expect(card).ToContainTextAsync($"第 {arriving.Session} 场 · {arriving.Workstation} 号工位");
        await platform.ScreenshotAsync(phone, "checkin-found-phone");
        await card.GetByRole(AriaRole.Button, new() { Name = "检录通过" }).ClickAsync();
        await Expect(phone.Locator("#message")).ToContainTextAsync($"{Names[2]} 已检录");
        await Expect(card).ToContainTextAsync("已检录");
        await Expect(phone.Locator("#summary")).ToContainTextAsync($"已检录 1/{Names.Length} 人");
        await platform.ScreenshotAsync(phone, "checkin-done-phone");

        // A judge's tablet: numbers and workstations, never a name.
        var tablet = await platform.JudgeTabletAsync(competition, 0);
        await Expect(tablet.Locator("#banners")).ToContainTextAsync("加密评分");
        await Expect(tablet.Locator("#sheet-title")).ToContainTextAsync("号工位");
        foreach (var name in Names)
        {
            await Expect(tablet.Locator("body")).Not.ToContainTextAsync(name);
        }
        await platform.ScreenshotAsync(tablet, "judge-blind-tablet");

        // Every mark in, the results locked; then the chief judge and the office decrypt.
        for (var j = 0; j < 3; j++)
        {
            await client.MarkAssignmentsAsync(competition, await client.JudgeTokenAsync(competition, j));
        }
        var chiefToken = await client.ChiefTokenAsync(competition);
        (await client.SendAsync(HttpMethod.Post, $"/api/competitions/{id}/results/lock", new LockRequest(), chiefToken)).EnsureSuccessStatusCode();

        var chiefConsole = await platform.NewPageAsync(1920, 1080);
        chiefConsole.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        var chief = competition.Judges.Single(j => j.IsChief);
        await chiefConsole.GotoAsync($"/chief?competition={id}");
        await chiefConsole.Locator("#judge").SelectOptionAsync(chief.Id.ToString());
        await chiefConsole.Locator("#pin").FillAsync(chief.Pin);
        await chiefConsole.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Expect(chiefConsole.Locator("#decryption-panel")).ToBeVisibleAsync();
        await chiefConsole.Locator("#decrypt").ClickAsync();
        await Expect(chiefConsole.Locator("#decryption-state")).ToContainTextAsync("等待组织者");
        await platform.ScreenshotAsync(chiefConsole, "chief-decryption-1080p");

        await office.ReloadAsync();
        await Expect(office.Locator("#blind-state")).ToContainTextAsync("总裁判已确认解密");
        await platform.ScreenshotAsync(office, "organize-decryption-tablet");
        await office.GetByRole(AriaRole.Button, new() { Name = "确认解密（组织者）" }).ClickAsync();
        await Expect(office.Locator("#blind-state")).ToContainTextAsync("已解密");

        var board = await platform.NewPageAsync(1920, 1080);
        await board.GotoAsync($"/board/{id}");
        await Expect(board.Locator("#rows")).ToContainTextAsync(Names[0]);
        await platform.ScreenshotAsync(board, "board-decrypted-1080p");
        foreach (var page in new[] { office, phone, tablet, chiefConsole, board })
        {
            Assert.Empty(platform.ErrorsOf(page));
        }
    }
}
