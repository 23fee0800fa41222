using System.Net.Http.Json;
using System.Text;
using Competition.Domain.Certification;
using Competition.Domain.Rules;
using Competition.Domain.Wages;
using Competition.Server.Agreements;
using Competition.Server.Bargaining;
using Competition.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Competition.BrowserTests;

/// <summary>
/// What union negotiators and certified workers see of wages: the bargaining console from a guidance
/// import to a printed, exported report with its charts, and a certificate's guidance band with the
/// agreement floor on the verification page and in the HR officer's profile of the worker.
/// </summary>
public sealed class WageBargainingPagesTests(BrowserPlatform platform)
{
    private const string Region = "浏览器测试市";

    // Monthly tables keep the arithmetic below readable.
    private const string GuidanceCsv =
        "region,year,source,occupationCode,occupationEdition,industry,level,p10,p25,p50,p75,p90,mean,sampleSize,unit\n" +
        $"{Region},2025,浏览器测试表,6-18-02-04,2022,制造业,无证书,3000,3300,3600,4000,4500,3700,100,month\n" +
        $"{Region},2025,浏览器测试表,6-18-02-04,2022,制造业,高级工,4000,4400,4800,5300,6000,4900,80,month\n" +
        $"{Region},2025,浏览器测试表,6-18-02-04,2022,制造业,技师,4800,5300,5800,6400,7200,5900,40,month\n";

    private const string PayCsv = "level,monthlyPay,headcount\n无证书,2800,10\n无证书,3200,5\n高级工,3600,6\n高级工,4200,4\n技师,4500,3\n";

    [Fact]
    public async Task A_negotiator_imports_guidance_and_pay_proposes_and_gets_a_charted_report_to_print_and_export()
    {
        var (_, username, password) = await platform.Client.CreateAccountAsync("negotiator");
        // Proposal B, recorded by a colleague: every floor 3,000; allowances 500 (高级工) and 800 (技师); gold 2,000.
        var colleague = (await platform.Client.SignInAsync(username, password)).Token;
        (await platform.Client.SendAsync(HttpMethod.Post, "/api/agreements", new AgreementRequest(
            "浏览器测试方案B：技能津贴", AgreementScope.Enterprise, "浏览器测试企业", Region, new DateOnly(2027, 1, 1), new DateOnly(2028, 12, 31),
            2_500m, 0.10m, 3_000m, StepKind.Allowance, 0m,
            [new LevelAmount(SkillLevel.Senior, 500m), new LevelAmount(SkillLevel.Technician, 800m)],
            [new AwardAmount(Award.Gold, 2_000m), new AwardAmount(Award.Silver, 1_000m)]), colleague)).EnsureSuccessStatusCode();

        var tablet = await platform.NewPageAsync(1280, 800, isMobile: true);
        await BrowserPlatform.SignInAsync(tablet, "/bargaining", username, password);

        // The guidance table, imported on the page and found again with the filters.
        await tablet.Locator("[data-tab='guidance']").ClickAsync();
        var bad = GuidanceCsv.Split('\n')[0] + "\n" +
            $"{Region},2025,浏览器测试表,6-18-2-04,2022,制造业,无证书,3000,3300,3600,4000,4500,3700,100,month\n" +
            $"{Region},2025,浏览器测试表,6-18-02-04,2022,制造业,高级工,4000,4400,4300,5300,-6000,4900,80,month\n";
        await tablet.Locator("#guidance-file").SetInputFilesAsync(Csv("bad.csv", bad));
        await tablet.Locator("#guidance-form button[type='submit']").ClickAsync();
        await Expect(tablet.Locator("#console-message")).ToContainTextAsync("2 行有误，整个文件未导入");
        await Expect(tablet.Locator("#guidance-problems tbody tr")).ToHaveCountAsync(2);
        await Expect(tablet.Locator("#guidance-problems tbody tr").Nth(1)).ToContainTextAsync("分位数应递增");
        await platform.ScreenshotAsync(tablet, "bargaining-guidance-refused-tablet");
        await tablet.Locator("#guidance-file").SetInputFilesAsync(Csv("guidance.csv", GuidanceCsv));
        await tablet.Locator("#guidance-form button[type='submit']").ClickAsync();
        await Expect(tablet.Locator("#console-message")).ToContainTextAsync("已导入 3 行");
        await tablet.Locator("#guidance-region").FillAsync(Region);
        await tablet.Locator("#guidance button[type='submit']").ClickAsync();
        await Expect(tablet.Locator("#guidance-table tbody tr")).ToHaveCountAsync(3);
        await Expect(tablet.Locator("#guidance-table tbody tr").Nth(1)).ToContainTextAsync("4,800");
        await platform.ScreenshotAsync(tablet, "bargaining-guidance-tablet");

        // Proposal A on the form: 2,500 + 10 % = 2,750, not below the guidance P10 (3,000); then 8 % a level; gold 5,000.
        await tablet.Locator("[data-tab='agreements']").ClickAsync();
        await tablet.Locator("#g-name").FillAsync("浏览器测试方案A：每级 8%");
        await tablet.Locator("#g-party").FillAsync("浏览器测试企业");
        await tablet.Locator("#g-region").FillAsync(Region);
        await tablet.Locator("#g-minimum").FillAsync("2500");
        await tablet.Locator("#g-ref-kind").SelectOptionAsync("p10"); // the imported table's 3,000 a month
        await tablet.Locator("#g-ref-occupation").FillAsync("6-18-02-04");
        await tablet.Locator("#g-ref-year").FillAsync("2025");
        await tablet.Locator("#g-step-value").FillAsync("8");
        await tablet.Locator("#bo-gold").FillAsync("5000");
        await tablet.GetByRole(AriaRole.Button, new() { Name = "保存方案" }).ClickAsync();
        await Expect(tablet.Locator("#console-message")).ToContainTextAsync("无证书月工资下限 3,000 元");
        var rowA = tablet.Locator("#agreements tbody tr", new() { HasText = "浏览器测试方案A" });
        await Expect(rowA).ToContainTextAsync("高级工 3,779");
        await Expect(rowA).ToContainTextAsync("不低于参照 3,000 元（2025 年 6-18-02-04 无证书 P10）");
        await platform.ScreenshotAsync(tablet, "bargaining-agreements-tablet");

        // The enterprise's pay, then the report for both proposals.
        await tablet.Locator("[data-tab='report']").ClickAsync();
        await tablet.Locator(".survey-import summary").ClickAsync();
        await tablet.Locator("#s-enterprise").FillAsync("浏览器测试企业");
        await tablet.Locator("#s-region").FillAsync(Region);
        await tablet.Locator("#s-year").FillAsync("2025");
        await tablet.Locator("#s-occupation").FillAsync("6-18-02-04");
        await tablet.Locator("#s-file").SetInputFilesAsync(Csv("pay.csv", PayCsv));
        await tablet.Locator("#s-import").ClickAsync();
        await Expect(tablet.Locator("#console-message")).ToContainTextAsync("5 个工资档");
        await tablet.Locator("#proposal-a").SelectOptionAsync(new SelectOptionValue { Label = "浏览器测试方案A：每级 8%（方案）" });
        await tablet.Locator("#proposal-b").SelectOptionAsync(new SelectOptionValue { Label = "浏览器测试方案B：技能津贴（方案）" });
        await tablet.Locator("#capacity").FillAsync("100000");
        await tablet.Locator("#award-gold").FillAsync("1");
        await tablet.GetByRole(AriaRole.Button, new() { Name = "生成报告" }).ClickAsync();

        await Expect(tablet.Locator("#report-title")).ToHaveTextAsync("浏览器测试企业能级工资集体协商测算报告");
        // The chart: one row per level, each with its band, median, the average and both floors.
        var rows = tablet.Locator("#pay-chart svg g.chart-row");
        await Expect(rows).ToHaveCountAsync(3);
        for (var i = 0; i < 3; i++)
        {
            await Expect(rows.Nth(i).Locator("rect.band")).ToHaveCountAsync(1);
            await Expect(rows.Nth(i).Locator("rect.median")).ToHaveCountAsync(1);
            await Expect(rows.Nth(i).Locator("circle")).ToHaveCountAsync(1);
            await Expect(rows.Nth(i).Locator("polygon")).ToHaveCountAsync(2);
        }
        // 高级工: average (3,600 × 6 + 4,200 × 4) / 10 = 3,840; floor A 3,779 with 6 below; floor B 3,000.
        var senior = tablet.Locator("#levels-table tbody tr", new() { HasText = "高级工" });
        await Expect(senior).ToContainTextAsync("3,840");
        await Expect(senior).ToContainTextAsync("3,779");
        await Expect(senior.Locator("td.below")).ToHaveTextAsync("6");
        await Expect(tablet.Locator("#below-table tbody tr")).ToHaveCountAsync(2);
        // A: (200 × 10 + 179 × 6) × 12 = 36,888 + gold 5,000 = 41,888. B: 24,000 + (500 × 10 + 800 × 3) × 12 + 2,000 = 114,800.
        await Expect(tablet.Locator("#cost-chart svg g.cost-bar")).ToHaveCountAsync(2);
        await Expect(tablet.Locator("#cost-chart svg line.capacity")).ToHaveCountAsync(1);
        await Expect(tablet.Locator("#costs-table tr.total")).ToContainTextAsync("41,888");
        await Expect(tablet.Locator("#costs-table tr.total")).ToContainTextAsync("114,800");
        await Expect(tablet.Locator("#costs-table tr.share")).ToContainTextAsync("41.89% 在承受能力内");
        await Expect(tablet.Locator("#costs-table tr.share")).ToContainTextAsync("114.80% 超出承受能力");
        await platform.ScreenshotAsync(tablet, "bargaining-report-tablet");

        var download = await tablet.RunAndWaitForDownloadAsync(() => tablet.Locator("#export").ClickAsync());
        var csv = await File.ReadAllBytesAsync((await download.PathAsync())!, TestContext.Current.CancellationToken);
        Assert.Equal(Encoding.UTF8.GetPreamble(), csv[..3]);
        Assert.StartsWith("等级,人数,平均月工资", Encoding.UTF8.GetString(csv[3..]));
        Assert.Contains(",41888,", Encoding.UTF8.GetString(csv));

        // On paper: the report alone, charts and tables, without the console around it.
        await tablet.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(tablet.Locator("#report-form")).ToBeHiddenAsync();
        await Expect(tablet.Locator("header.bar")).ToBeHiddenAsync();
        await Expect(tablet.Locator("#pay-chart svg")).ToBeVisibleAsync();
        // As on A4 paper: 210 mm less 2 × 12 mm margins is about 700 CSS pixels.
        await tablet.SetViewportSizeAsync(700, 1000);
        await platform.ScreenshotAsync(tablet, "bargaining-report-print-a4", print: true);
        await tablet.SetViewportSizeAsync(1280, 800);
        await tablet.EmulateMediaAsync(new() { Media = Media.Screen });

        await tablet.Locator("#lang").ClickAsync();
        await Expect(tablet.Locator("#report-title")).ToContainTextAsync("skill-level wage bargaining report");
        await Expect(tablet.Locator("#costs-table tr.share")).ToContainTextAsync("exceeds capacity");
        await platform.ScreenshotAsync(tablet, "bargaining-report-english-tablet");
        await tablet.Locator("#lang").ClickAsync();

        // The parties signed proposal A: it is recorded as signed.
        tablet.Dialog += (_, dialog) => dialog.AcceptAsync();
        await tablet.Locator("[data-tab='agreements']").ClickAsync();
        await rowA.GetByRole(AriaRole.Button, new() { Name = "记为已签订" }).ClickAsync();
        await Expect(tablet.Locator("#console-message")).ToContainTextAsync("已记为签订");
        await Expect(rowA).ToContainTextAsync("已签订");

        var phone = await platform.NewPageAsync(390, 844, isMobile: true);
        await BrowserPlatform.SignInAsync(phone, "/bargaining", username, password);
        await phone.Locator("#survey").SelectOptionAsync(new SelectOptionValue { Label = $"浏览器测试企业 · 6-18-02-04 · {Region} 2025" });
        await phone.GetByRole(AriaRole.Button, new() { Name = "生成报告" }).ClickAsync();
        await Expect(phone.Locator("#pay-chart svg g.chart-row")).ToHaveCountAsync(3);
        await platform.ScreenshotAsync(phone, "bargaining-report-phone");
        Assert.Empty(platform.ErrorsOf(tablet).Concat(platform.ErrorsOf(phone)));
    }

    [Fact]
    public async Task A_certified_worker_sees_the_guidance_band_and_the_agreement_floor_when_verified_and_in_their_profile()
    {
        var client = platform.Client;
        var organizer = await client.OrganizerTokenAsync();
        // The platform's region (随州市) for the occupation Certifying uses: 6-22-02-01, 高级工.
        var guidance = "region,year,source,occupationCode,occupationEdition,industry,level,p10,p25,p50,p75,p90,mean,sampleSize,unit\n" +
            "随州市,2025,浏览器测试表,6-22-02-01,2022,汽车制造（测试）,高级工,48000,54000,60000,70200,84000,62000,90,year\n";
        (await client.PostCsvAsync("/api/wage-guidance/import", guidance, organizer)).EnsureSuccessStatusCode();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var created = await client.SendAsync(HttpMethod.Post, "/api/agreements", new AgreementRequest(
            "随州专用汽车能级工资专项集体合同", AgreementScope.Enterprise, "随州专用汽车有限公司", "随州市", today.AddMonths(-6), today.AddMonths(18),
            2_210m, 0.10m, 3_000m, StepKind.FixedAmount, 300m), organizer);
        var agreement = (await created.Content.ReadFromJsonAsync<AgreementView>(PlatformClient.Json, TestContext.Current.CancellationToken))!;
        (await client.SendAsync(HttpMethod.Post, $"/api/agreements/{agreement.Id}/sign", null, organizer)).EnsureSuccessStatusCode();
        var (_, username, password) = await client.CreateAccountAsync("hr-officer", "随州市总工会");
        var hr = (await client.SignInAsync(username, password)).Token;
        var certificate = await client.CertifyNewWorkerAsync(hr, "上官燕", SkillLevel.Senior);
        var floor = agreement.Floors.Single(f => f.Level == SkillLevel.Senior).MonthlyFloor;

        var phone = await platform.NewPageAsync(390, 844, isMobile: true);
        await phone.GotoAsync($"/verify/{certificate.Number}?token={certificate.VerificationToken}");
        await Expect(phone.Locator("#state")).ToHaveTextAsync("有效");
        var band = phone.Locator("#wage-guidance");
        await Expect(band.Locator("svg.band-chart")).ToBeVisibleAsync();
        await Expect(band).ToContainTextAsync("随州市 2025 年工资指导价");
        await Expect(band.Locator("svg")).ToContainTextAsync("中位数 5,000");
        await Expect(band.Locator("svg")).ToContainTextAsync("P10 4,000");
        await Expect(band.Locator("svg")).ToContainTextAsync("P90 7,000");
        await Expect(band).ToContainTextAsync($"本等级月工资不低于 {floor:#,0} 元");
        await platform.ScreenshotAsync(phone, "verify-wage-guidance-phone");

        var tablet = await platform.NewPageAsync(1280, 800, isMobile: true);
        await BrowserPlatform.SignInAsync(tablet, "/hr", username, password);
        await tablet.Locator("[data-tab='certificates']").ClickAsync();
        await tablet.Locator("#certificates tbody tr", new() { HasText = certificate.Number }).GetByRole(AriaRole.Button, new() { Name = "上官燕" }).ClickAsync();
        await Expect(tablet.Locator("#profile-title")).ToContainTextAsync("上官燕");
        await Expect(tablet.Locator("#profile-certificates svg.band-chart")).ToHaveCountAsync(1);
        await Expect(tablet.Locator("#profile-certificates")).ToContainTextAsync($"{floor:#,0} 元");
        await platform.ScreenshotAsync(tablet, "hr-worker-profile-tablet");

        // The HR officer reads the published guidance too.
        await tablet.Locator("[data-tab='guidance']").ClickAsync();
        await tablet.Locator("#guidance-occupation").FillAsync("6-22-02-01");
        await tablet.Locator("#guidance button[type='submit']").ClickAsync();
        await Expect(tablet.Locator("#guidance-table tbody tr")).ToHaveCountAsync(1);
        await Expect(tablet.Locator("#guidance-table tbody tr")).ToContainTextAsync("60,000");
        await platform.ScreenshotAsync(tablet, "hr-guidance-tablet");
        Assert.Empty(platform.ErrorsOf(phone).Concat(platform.ErrorsOf(tablet)));
    }

    private static FilePayload Csv(string name, string text) => new() { Name = name, MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(text) };
}
