using System.Net.Http.Json;
using Competition.Domain.Organizations;
using Competition.Server.Accounts;
using Competition.Server.Templates;
using Competition.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Competition.BrowserTests;

/// <summary>
/// A district's competition office runs a whole competition from the console: a template becomes a draft,
/// registration comes from the spreadsheets the enterprises send, PIN slips are printed, the day runs
/// from start to archive, and a judge signs in with a slip's QR link.
/// </summary>
public sealed class OrganizerConsoleTests(BrowserPlatform platform)
{
    private const string Password = "a-long-enough-password";

    [Fact]
    public async Task A_district_organizer_runs_a_whole_competition_from_the_console()
    {
        var client = platform.Client;
        var admin = await client.OrganizerTokenAsync();
        var district = await client.OrganizationAsync("浏览器测试区总工会", OrganizationKind.DistrictUnion);
        var username = $"district-{Guid.NewGuid():N}"[..20];
        (await client.SendAsync(HttpMethod.Post, "/api/accounts", new CreateAccountRequest(username, Password, "organizer", OrganizationId: district.Id), admin))
            .EnsureSuccessStatusCode();
        (await client.SendAsync(HttpMethod.Post, "/api/templates",
            new TemplateRequest("焊工赛模板（浏览器测试）", "6-18-02-04 焊工", SampleCompetition.Request().MarkingScheme), admin)).EnsureSuccessStatusCode();

        var tablet = await platform.NewPageAsync(1280, 800, isMobile: true);
        tablet.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await BrowserPlatform.SignInAsync(tablet, "/organize", username, Password);
        await Expect(tablet.Locator("#list-view")).ToBeVisibleAsync();
        await Expect(tablet.Locator("#who")).ToContainTextAsync("浏览器测试区总工会");
        await platform.ScreenshotAsync(tablet, "organize-list-tablet");

        // From the template: the editor fills with its scheme; the API's messages land next to their fields.
        await tablet.Locator("#new-competition").ClickAsync();
        await tablet.Locator("#source-template").SelectOptionAsync(new SelectOptionValue { Label = "焊工赛模板（浏览器测试）（6-18-02-04 焊工）" });
        await tablet.Locator("#use-template").ClickAsync();
        await Expect(tablet.Locator("#create-scheme fieldset.module")).ToHaveCountAsync(2);
        await Expect(tablet.Locator("#create-profile-Occupation")).ToHaveValueAsync("6-18-02-04 焊工");
        await tablet.Locator("#create-form button[type='submit']").ClickAsync();
        await Expect(tablet.Locator("#create-profile-Name[aria-invalid='true']")).ToBeVisibleAsync();
        await Expect(tablet.Locator("#create-profile .field-error")).ToHaveCountAsync(1);
        await tablet.Locator("#create-profile-Name").FillAsync("2027 区职工焊工技能竞赛（浏览器测试）");
        await tablet.Locator("#create-profile-Level").SelectOptionAsync("district");
        await tablet.Locator("#create-profile-Venue").FillAsync("区职业技能实训基地");
        await tablet.Locator("#create-profile-StartsOn").FillAsync("2027-04-20");
        await tablet.Locator("#create-profile-EndsOn").FillAsync("2027-04-21");
        await platform.ScreenshotAsync(tablet, "organize-create-tablet");
        await tablet.Locator("#create-form button[type='submit']").ClickAsync();
        await Expect(tablet.Locator("#console-message")).ToContainTextAsync("已创建草稿");
        await Expect(tablet.Locator("#lifecycle li.current")).ToHaveTextAsync("未开始");
        var competitionId = long.Parse(tablet.Url.Split("#c/")[1].Split('/')[0]);

        // Registration: a refused judges' file shows each bad row; then 30 contestants (.xlsx) and 5 judges (GB18030 CSV).
        await Expect(tablet.Locator("[data-panel='registration']")).ToBeVisibleAsync();
        await Upload(tablet, "#judges-import", "裁判.csv", Sheets.Gb18030Csv("姓名,单位,总裁判\n陈静,,否\n王强,市特种设备检验所,也许\n"));
        await Expect(tablet.Locator("#console-message")).ToContainTextAsync("2 行有误");
        await Expect(tablet.Locator("#judges-report tbody tr")).ToHaveCountAsync(2);
        await Expect(tablet.Locator("#judges-report tbody tr").First).ToContainTextAsync("单位：必填");
        await platform.ScreenshotAsync(tablet, "organize-registration-refused-tablet");
        var contestants = Enumerable.Range(1, 30).Select(n => (IReadOnlyList<object>)[$"{n:000}", $"选手{n}", n % 3 == 0 ? "齐星车身" : "程力专用汽车",
            Sheets.NationalId(100 + n), "否"]).ToList();
        await Upload(tablet, "#contestants-import", "选手.xlsx", Sheets.Xlsx(["编号", "姓名", "单位", "身份证号", "列外"], contestants));
        await Expect(tablet.Locator("#console-message")).ToContainTextAsync("已导入 30 人");
        await Expect(tablet.Locator("#contestants tbody tr")).ToHaveCountAsync(30);
        await Upload(tablet, "#judges-import", "裁判.csv", Sheets.Gb18030Csv(
            "姓名,单位,总裁判\n陈静,随州职业技术学院,否\n王强,市特种设备检验所,否\n李娜,湖北省焊接学会,否\n刘洋,市总工会技术协作委员会,否\n赵建国,市总工会,是\n"));
        await Expect(tablet.Locator("#console-message")).ToContainTextAsync("已导入 5 人");
        await Expect(tablet.Locator("#judges tbody tr")).ToHaveCountAsync(5);
        await platform.ScreenshotAsync(tablet, "organize-registration-tablet");

        // Panels: the measurement is marked by 李娜 alone.
        await tablet.Locator("[data-tab='scheme']").ClickAsync();
        await tablet.GetByRole(AriaRole.Checkbox, new() { Name = "焊缝尺寸 由 李娜 评分" }).CheckAsync();
        await tablet.Locator("#save-panels").ClickAsync();
        await Expect(tablet.Locator("#console-message")).ToContainTextAsync("评分组已保存");
        await Expect(tablet.GetByRole(AriaRole.Checkbox, new() { Name = "焊缝尺寸 由 李娜 评分" })).ToBeCheckedAsync();
        await platform.ScreenshotAsync(tablet, "organize-panels-tablet");
        await tablet.Locator("[data-tab='registration']").ClickAsync();

        // PIN slips: one A4 page per judge, each with its PIN and a QR link to the judges' page.
        await Expect(tablet.Locator("#print-pins")).ToHaveTextAsync("打印 PIN 条（5 张）");
        // Headless Chromium has no print dialog to open: the button's window.print() leaves a mark instead.
        await tablet.EvaluateAsync("() => { window.print = () => { window.printed = true; }; }");
        await tablet.Locator("#print-pins").ClickAsync();
        Assert.True(await tablet.EvaluateAsync<bool>("() => window.printed === true"));
        await tablet.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(tablet.Locator("#pin-slips .slip")).ToHaveCountAsync(5);
        await Expect(tablet.Locator("#console")).ToBeHiddenAsync();
        await tablet.SetViewportSizeAsync(794, 1123);
        await platform.ScreenshotAsync(tablet, "organize-pin-slips-print", print: true);
        // Printed for real: one A4 page per judge.
        var pdf = await tablet.PdfAsync(new() { Path = Path.Combine(platform.ScreenshotDirectory, "organize-pin-slips.pdf"), PreferCSSPageSize = true });
        Assert.Equal(5, System.Text.RegularExpressions.Regex.Matches(System.Text.Encoding.Latin1.GetString(pdf), @"/Type\s*/Page[^s]").Count);
        var slip = tablet.Locator("#pin-slips .slip").Filter(new() { HasText = "李娜" });
        await Expect(slip.Locator(".slip-qr svg")).ToBeVisibleAsync();
        var judgeUrl = (await slip.GetAttributeAsync("data-url"))!;
        var judgePin = (await slip.Locator(".slip-pin").TextContentAsync())!;
        var chiefSlip = tablet.Locator("#pin-slips .slip").Filter(new() { HasText = "赵建国" });
        var chiefId = await chiefSlip.GetAttributeAsync("data-judge-id");
        var chiefPin = (await chiefSlip.Locator(".slip-pin").TextContentAsync())!;
        await tablet.EmulateMediaAsync(new() { Media = Media.Screen });
        await tablet.SetViewportSizeAsync(1280, 800);

        // The day: start from the console.
        await tablet.Locator("[data-tab='overview']").ClickAsync();
        await tablet.GetByRole(AriaRole.Button, new() { Name = "开始竞赛" }).ClickAsync();
        await Expect(tablet.Locator("#lifecycle li.current")).ToHaveTextAsync("进行中");
        await platform.ScreenshotAsync(tablet, "organize-overview-live-tablet");
        foreach (var tab in new[] { "scheme", "day" })
        {
            await tablet.Locator($"[data-tab='{tab}']").ClickAsync();
            await Expect(tablet.Locator($"[data-panel='{tab}']")).ToBeVisibleAsync();
            await platform.ScreenshotAsync(tablet, $"organize-{tab}-live-tablet");
        }
        await tablet.Locator("[data-tab='overview']").ClickAsync();

        // A judge opens the slip's QR link: competition and judge are chosen, the PIN is all they type.
        var judgeTablet = await platform.NewPageAsync(1280, 800, isMobile: true);
        await judgeTablet.GotoAsync(judgeUrl);
        await Expect(judgeTablet.Locator("#judge")).ToHaveValueAsync(judgeUrl.Split("judge=")[1]);
        await judgeTablet.Locator("#pin").FillAsync(judgePin);
        await judgeTablet.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Expect(judgeTablet.Locator("#marking")).ToBeVisibleAsync();
        var view = await client.GetAsync<Competition.Grains.Contracts.CompetitionView>($"/api/competitions/{competitionId}");
        var first = view.Contestants.Single(c => c.Bib == "001");
        await judgeTablet.Locator($"#contestants button[data-contestant-id='{first.Id}']").ClickAsync();
        var measurement = view.MarkingScheme.Modules[0].Aspects[0];
        var card = BrowserPlatform.AspectCard(judgeTablet, measurement.Id);
        await card.GetByRole(AriaRole.Radio, new() { Name = "9", Exact = true }).ClickAsync();
        await card.GetByRole(AriaRole.Button, new() { Name = "提交评分" }).ClickAsync();
        await Expect(card.Locator(".status")).ToContainTextAsync("已保存");

        // Once live: a late contestant, an absence and a replaced judge, each with its reason.
        await tablet.Locator("[data-tab='registration']").ClickAsync();
        await tablet.Locator("#add-contestant summary").ClickAsync();
        await tablet.Locator("#ca-Name").FillAsync("迟到选手");
        await tablet.Locator("#ca-Employer").FillAsync("齐星车身");
        await tablet.Locator("#contestant-form button[type='submit']").ClickAsync();
        await Expect(tablet.Locator("#contestant-errors")).ToContainTextAsync("原因");
        await tablet.Locator("#ca-Reason").FillAsync("单位补报，经组委会同意");
        await tablet.Locator("#contestant-form button[type='submit']").ClickAsync();
        await Expect(tablet.Locator("#console-message")).ToContainTextAsync("已登记选手 迟到选手");
        await Expect(tablet.Locator("#contestants tbody tr")).ToHaveCountAsync(31);
        await tablet.Locator("#contestants tr", new() { HasText = "选手2" }).First.GetByRole(AriaRole.Button, new() { Name = "缺考" }).ClickAsync();
        await tablet.Locator("#edit-reason").FillAsync("检录时未到");
        await tablet.Locator("#edit-dialog button[value='confirm']").ClickAsync();
        await Expect(tablet.Locator("#contestants tr", new() { HasText = "选手2" }).First).ToContainTextAsync("缺考：检录时未到");
        await tablet.Locator("#judges tr", new() { HasText = "刘洋" }).GetByRole(AriaRole.Button, new() { Name = "更换" }).ClickAsync();
        await tablet.Locator("#edit-name").FillAsync("孙悦");
        await tablet.Locator("#edit-employer").FillAsync("市质量技术监督局");
        await tablet.Locator("#edit-reason").FillAsync("刘洋临时有事离场");
        await tablet.Locator("#edit-dialog button[value='confirm']").ClickAsync();
        await Expect(tablet.Locator("#console-message")).ToContainTextAsync("已更换");
        await Expect(tablet.Locator("#judges tr", new() { HasText = "刘洋" })).ToContainTextAsync("已由他人接替");
        await platform.ScreenshotAsync(tablet, "organize-registration-live-tablet");
        await tablet.Locator("[data-tab='overview']").ClickAsync();

        // Freeze, reveal the last place: the ceremony starts.
        await tablet.GetByRole(AriaRole.Button, new() { Name = "冻结排行榜" }).ClickAsync();
        await Expect(tablet.Locator("#console-message")).ToContainTextAsync("排行榜已冻结");
        await tablet.GetByRole(AriaRole.Button, new() { Name = "揭晓", Exact = true }).ClickAsync();
        await Expect(tablet.Locator("#console-message")).ToContainTextAsync("已揭晓");

        // The chief judge locks the results on /chief, with a reason since marks are missing.
        var chief = await platform.NewPageAsync(1280, 800, isMobile: true);
        await chief.GotoAsync($"/chief?competition={competitionId}");
        await chief.Locator("#judge").SelectOptionAsync(chiefId!);
        await chief.Locator("#pin").FillAsync(chiefPin);
        await chief.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await chief.Locator("#results-reason").FillAsync("浏览器测试：其余评分缺考");
        await chief.Locator("#lock-results").ClickAsync();
        await Expect(chief.Locator("#lock-results")).ToBeDisabledAsync();

        // Publish: the rest of the places revealed at once; then archive.
        await tablet.ReloadAsync();
        await Expect(tablet.Locator("#locks")).ToContainTextAsync("成绩已由总裁判锁定");
        await Expect(tablet.Locator("#lifecycle li.current")).ToHaveTextAsync("成绩已锁定");
        await tablet.Locator("#reveal-places").FillAsync("30");
        await tablet.GetByRole(AriaRole.Button, new() { Name = "揭晓", Exact = true }).ClickAsync();
        await Expect(tablet.Locator("#lifecycle li.current")).ToHaveTextAsync("成绩已发布");
        var results = await platform.Client.Http.GetAsync($"/api/competitions/{competitionId}/results", TestContext.Current.CancellationToken);
        results.EnsureSuccessStatusCode();
        await tablet.GetByRole(AriaRole.Button, new() { Name = "归档" }).ClickAsync();
        await Expect(tablet.Locator("#lifecycle li.current")).ToHaveTextAsync("已归档");
        await Expect(tablet.Locator("#console-message")).ToContainTextAsync("竞赛已归档");
        await platform.ScreenshotAsync(tablet, "organize-overview-archived-tablet");

        // Every view again at 1080p, in both languages.
        var screen = await platform.NewPageAsync(1920, 1080);
        await BrowserPlatform.SignInAsync(screen, "/organize", username, Password);
        await Expect(screen.Locator("#competition-list tbody tr")).ToHaveCountAsync(1);
        await Expect(screen.Locator("#competition-list tbody tr").First).ToContainTextAsync("已归档");
        await platform.ScreenshotAsync(screen, "organize-list-1080p");
        foreach (var tab in new[] { "overview", "scheme", "registration", "day" })
        {
            await screen.GotoAsync($"/organize#c/{competitionId}/{tab}");
            await Expect(screen.Locator($"[data-panel='{tab}']")).ToBeVisibleAsync();
            await platform.ScreenshotAsync(screen, $"organize-{tab}-1080p");
        }
        await screen.Locator("#lang").ClickAsync();
        await Expect(screen.Locator("#lifecycle li.current")).ToHaveTextAsync("Archived");
        await Expect(screen.Locator("[data-tab='registration']")).ToHaveTextAsync("Registration");
        await Expect(screen.Locator("#figures-closed")).ToHaveTextAsync("The results are locked: nothing more is imported.");
        await Expect(screen.Locator("#promotion-form")).ToBeHiddenAsync();
        await platform.ScreenshotAsync(screen, "organize-day-1080p-english");
        Assert.Empty(platform.ErrorsOf(tablet));
        Assert.Empty(platform.ErrorsOf(screen));
    }

    [Fact]
    public async Task The_administrator_registers_an_organisation_and_an_organizer_of_it_from_the_console()
    {
        var screen = await platform.NewPageAsync(1920, 1080);
        screen.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await BrowserPlatform.SignInAsync(screen, "/organize", "admin", PlatformClient.AdminPassword);
        await screen.Locator("#admin-view").ClickAsync();
        await Expect(screen.Locator("#admin-section")).ToBeVisibleAsync();
        var name = $"控制台登记的区总工会{Guid.NewGuid():N}"[..16];
        await screen.Locator("#organization-form-Name").FillAsync(name);
        await screen.Locator("#organization-form-Kind").SelectOptionAsync("districtUnion");
        await screen.Locator("#organization-form button[type='submit']").ClickAsync();
        await Expect(screen.Locator("#console-message")).ToContainTextAsync($"已登记单位 {name}");
        await Expect(screen.Locator("#organizations tbody tr", new() { HasText = name })).ToContainTextAsync("区县总工会");

        var username = $"console-{Guid.NewGuid():N}"[..18];
        await screen.Locator("#account-form-Username").FillAsync(username);
        await screen.Locator("#account-form-Password").FillAsync(Password);
        await screen.Locator("#account-form-OrganizationId").SelectOptionAsync(new SelectOptionValue { Label = name });
        await screen.Locator("#account-form button[type='submit']").ClickAsync();
        await Expect(screen.Locator("#accounts tbody tr", new() { HasText = username })).ToContainTextAsync(name);
        // A password too short: the API's message stands next to the field.
        await screen.Locator("#account-form-Username").FillAsync("too-short");
        await screen.Locator("#account-form-Password").FillAsync("short");
        await screen.Locator("#account-form button[type='submit']").ClickAsync();
        await Expect(screen.Locator("#account-form-Password[aria-invalid='true']")).ToBeVisibleAsync();
        // A backup from the console, and its download.
        await screen.Locator("#backup-now").ClickAsync();
        await Expect(screen.Locator("#console-message")).ToContainTextAsync("已备份");
        var backup = screen.Locator("#backups tbody tr").First;
        await Expect(backup).ToContainTextAsync("competition-");
        var download = await screen.RunAndWaitForDownloadAsync(() => backup.Locator("button").ClickAsync());
        Assert.Matches(@"^competition-\d{8}-\d{6}(-\d+)?\.db$", download.SuggestedFilename);
        await platform.ScreenshotAsync(screen, "organize-admin-1080p");

        // The new organizer signs in and sees their own organisation's (empty) list.
        var organizer = await platform.NewPageAsync(1280, 800, isMobile: true);
        await BrowserPlatform.SignInAsync(organizer, "/organize", username, Password);
        await Expect(organizer.Locator("#who")).ToContainTextAsync(name);
        await Expect(organizer.Locator("#admin-view")).ToBeHiddenAsync();
        await Expect(organizer.Locator("#list-empty")).ToBeVisibleAsync();
        Assert.Empty(platform.ErrorsOf(screen));
    }

    private static async Task Upload(IPage page, string form, string name, byte[] file)
    {
        await page.Locator($"{form} input[type='file']").SetInputFilesAsync(new FilePayload { Name = name, MimeType = "application/octet-stream", Buffer = file });
        await page.Locator($"{form} button[type='submit']").ClickAsync();
    }
}
