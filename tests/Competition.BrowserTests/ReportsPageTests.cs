using System.Net.Http.Json;
using System.Text.Json;
using Competition.Seed;
using Competition.Server.Hosting;
using Competition.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MiniExcelLibs;
using static Microsoft.Playwright.Assertions;

namespace Competition.BrowserTests;

/// <summary>
/// The statistics and annual report page on the demo with its synthetic history: the figures the API counts, charted
/// (bars by level and industry, six years of trend) and tabled, drilled down to the rows they count, exported as a
/// workbook and printed on A4; each organisation sees its own subtree.
/// </summary>
[Collection(DemoWithHistory.Collection)]
public sealed class ReportsPageTests(BrowserPlatform platform, DemoWithHistory demo) : IClassFixture<DemoWithHistory>
{
    private readonly PlatformFactory _demo = demo.Factory;
    private readonly PlatformClient _client = demo.Client;

    [Fact]
    public async Task The_federation_reads_its_year_charted_and_tabled_drills_down_exports_and_prints_the_annual_report()
    {
        var ct = TestContext.Current.CancellationToken;
        var admin = (await _client.SignInAsync("admin", PlatformClient.AdminPassword)).Token;
        var year = DateTime.UtcNow.Year - 1;
        var answer = await _client.SendAsync(HttpMethod.Get, $"/api/statistics?from={year}-01-01&to={year}-12-31", null, admin);
        var figures = (await answer.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("figures");
        var competitions = figures.GetProperty("competitions");
        long Value(JsonElement figure) => figure.GetProperty("value").GetInt64();

        var tablet = await platform.NewPageAsync(1280, 800, isMobile: true, host: _demo);
        await BrowserPlatform.SignInAsync(tablet, "/reports", "admin", PlatformClient.AdminPassword);
        await Expect(tablet.Locator("#report")).ToBeVisibleAsync();
        await tablet.Locator("#year").SelectOptionAsync(year.ToString());
        await Expect(tablet.Locator("#report-title")).ToHaveTextAsync($"随州市总工会 {year} 年度工作报告");
        await Expect(tablet.Locator("#report-includes")).ToContainTextAsync("曾都区总工会");

        // The headline: the API's figures, each with last year's and the change.
        var held = tablet.Locator(".tile", new() { HasText = "举办竞赛（场）" });
        await Expect(held.Locator(".tile-value")).ToHaveTextAsync(Value(competitions.GetProperty("held")).ToString("N0"));
        await Expect(tablet.Locator(".tile", new() { HasText = "参赛人次" }).Locator(".tile-value"))
            .ToHaveTextAsync(Value(competitions.GetProperty("participations")).ToString("N0"));
        // The demo's workers come back year after year: fewer distinct workers than participations.
        Assert.True(Value(competitions.GetProperty("distinctWorkers")) < Value(competitions.GetProperty("participations")));
        Assert.True(Value(competitions.GetProperty("awards")) > 0, "the history's results are ranked and stored");

        // Charts: a pair of bars (this period, a year earlier) per level; the years' trend in four charts.
        var levels = competitions.GetProperty("byLevel").GetArrayLength();
        await Expect(tablet.Locator("#chart-level svg rect.bar-current")).ToHaveCountAsync(levels + 1); // and the legend's
        await Expect(tablet.Locator("#chart-level svg rect.bar-previous")).ToHaveCountAsync(levels + 1);
        await Expect(tablet.Locator("#trend svg")).ToHaveCountAsync(4);
        // Up to six years, from the first the history has records of.
        var recordedYears = Math.Min(6, year - (DateTime.UtcNow.Year - DemoHistory.Years) + 1);
        await Expect(tablet.Locator("#trend svg").First.Locator("rect")).ToHaveCountAsync(recordedYears);
        await Expect(tablet.Locator("#by-district tbody tr")).ToHaveCountAsync(competitions.GetProperty("byDistrict").GetArrayLength());
        await platform.ScreenshotAsync(tablet, "reports-tablet");

        // A table line opens the rows it counts.
        var firstDistrict = competitions.GetProperty("byDistrict")[0];
        await tablet.Locator("#by-district tbody tr").First.Locator("button").ClickAsync();
        await Expect(tablet.Locator("#drilldown")).ToBeVisibleAsync();
        await Expect(tablet.Locator("#drilldown-count")).ToHaveTextAsync($"共 {Value(firstDistrict.GetProperty("figure"))} 条。");
        await Expect(tablet.Locator("#drilldown-rows tbody tr")).ToHaveCountAsync((int)Value(firstDistrict.GetProperty("figure")));
        await Expect(tablet.Locator("#drilldown-rows tbody tr").First).ToContainTextAsync(firstDistrict.GetProperty("key").GetString()!);
        await Expect(tablet.Locator("#drilldown-rows tbody tr").First).ToContainTextAsync(DemoHistory.Marker);
        await platform.ScreenshotAsync(tablet, "reports-drilldown-tablet");
        await tablet.Locator("#drilldown-close").ClickAsync();
        await Expect(tablet.Locator("#drilldown")).ToBeHiddenAsync();

        // The workbook: a sheet per table, Chinese headers, the page's figures.
        var download = await tablet.RunAndWaitForDownloadAsync(() => tablet.Locator("#export").ClickAsync());
        await using (var workbook = File.OpenRead((await download.PathAsync())!))
        {
            Assert.Equal(["概况", "竞赛按级别", "竞赛按行业", "竞赛按区县", "奖项", "荣誉称号", "评价途径", "证书按等级", "证书按职业", "能级工资", "统计口径"],
                MiniExcel.GetSheetNames(workbook));
            var headline = MiniExcel.Query(workbook, useHeaderRow: true, sheetName: "概况").Cast<IDictionary<string, object?>>().ToList();
            Assert.Equal(Value(competitions.GetProperty("held")), Convert.ToInt64(headline.Single(r => (string?)r["指标"] == "举办竞赛（场）")["本期"]));
        }

        // On paper, A4: the cover, the figures, the charts and the tables, without the console around them.
        await tablet.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(tablet.Locator("#filters")).ToBeHiddenAsync();
        await Expect(tablet.Locator("header.bar")).ToBeHiddenAsync();
        await Expect(tablet.Locator(".cover")).ToBeVisibleAsync();
        await Expect(tablet.Locator("#definitions dt", new() { HasText = "参赛人次" })).ToBeVisibleAsync();
        // 210 mm less 2 × 12 mm margins is about 700 CSS pixels.
        await tablet.SetViewportSizeAsync(700, 1000);
        await platform.ScreenshotAsync(tablet, "reports-print-a4", print: true);
        // The annual report as the browser prints it, kept for a person to page through.
        var pdf = await tablet.PdfAsync(new() { Format = "A4", Path = Path.Combine(platform.ScreenshotDirectory, "reports-annual-report.pdf") });
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(pdf[..4]));
        await tablet.SetViewportSizeAsync(1280, 800);
        await tablet.EmulateMediaAsync(new() { Media = Media.Screen });

        await tablet.Locator("#lang").ClickAsync();
        await Expect(tablet.Locator("#report-title")).ToHaveTextAsync($"随州市总工会: annual report {year}");
        await Expect(tablet.Locator("#definitions dt", new() { HasText = "Distinct workers" })).ToBeVisibleAsync();
        await platform.ScreenshotAsync(tablet, "reports-english-tablet");
        await tablet.Locator("#lang").ClickAsync();
        Assert.Empty(platform.ErrorsOf(tablet));

        var screen = await platform.NewPageAsync(1920, 1080, host: _demo);
        await BrowserPlatform.SignInAsync(screen, "/reports", "admin", PlatformClient.AdminPassword);
        await Expect(screen.Locator("#trend svg")).ToHaveCountAsync(4);
        await platform.ScreenshotAsync(screen, "reports-1080p");

        var phone = await platform.NewPageAsync(390, 844, isMobile: true, host: _demo);
        await BrowserPlatform.SignInAsync(phone, "/reports", "admin", PlatformClient.AdminPassword);
        await Expect(phone.Locator("#trend svg")).ToHaveCountAsync(4);
        await platform.ScreenshotAsync(phone, "reports-phone");
    }

    [Fact]
    public async Task A_district_organizer_reports_on_the_district_and_the_unions_under_it_only()
    {
        var tablet = await platform.NewPageAsync(1280, 800, isMobile: true, host: _demo);
        await BrowserPlatform.SignInAsync(tablet, "/reports", DemoSeeder.OrganizerUsername, PlatformClient.AdminPassword);
        await Expect(tablet.Locator("#report-title")).ToContainTextAsync($"{DemoSeeder.OrganizerOrganization} {DateTime.UtcNow.Year} 年度");
        var options = tablet.Locator("#organization option");
        await Expect(options).ToHaveCountAsync(3);
        await Expect(options.First).ToHaveTextAsync($"{DemoSeeder.OrganizerOrganization}（区县总工会）");
        await Expect(tablet.Locator("#by-district tbody tr")).ToHaveCountAsync(1);
        await Expect(tablet.Locator("#by-district tbody tr").First).ToContainTextAsync("曾都区");

        // An enterprise union under the district: its own figures, fewer than the district's.
        var district = await tablet.Locator(".tile", new() { HasText = "参赛人次" }).Locator(".tile-value").TextContentAsync();
        await tablet.Locator("#organization").SelectOptionAsync(new SelectOptionValue { Label = "程力专用汽车工会（企业工会）" });
        await Expect(tablet.Locator("#report-title")).ToContainTextAsync("程力专用汽车工会");
        var enterprise = await tablet.Locator(".tile", new() { HasText = "参赛人次" }).Locator(".tile-value").TextContentAsync();
        Assert.True(long.Parse(enterprise!.Replace(",", "")) < long.Parse(district!.Replace(",", "")));
        await platform.ScreenshotAsync(tablet, "reports-enterprise-union-tablet");
        Assert.Empty(platform.ErrorsOf(tablet));
    }
}

/// <summary>A host of its own with the demo and its synthetic history seeded (the shared browser host has neither).
/// Seeding the history keeps both cores busy for seconds, so its tests run alone, after the others: the other pages'
/// tests are not starved of the machine while it seeds.</summary>
[CollectionDefinition(Collection, DisableParallelization = true)]
public sealed class DemoWithHistory : IAsyncLifetime
{
    public const string Collection = "A host with the demo's history";

    public PlatformFactory Factory { get; } = new(seedDemo: true, settings: new Dictionary<string, string> { ["Seed:DemoHistory"] = "true" });

    public PlatformClient Client { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Client = new PlatformClient(Factory.CreateClient());
        await Healthz.WaitAsync(Client.Http, TimeSpan.FromSeconds(60));
        await Factory.Services.GetRequiredService<DemoHistorySeeding>().Done.WaitAsync(TimeSpan.FromMinutes(2));
    }

    public async ValueTask DisposeAsync() => await Factory.DisposeAsync();
}
