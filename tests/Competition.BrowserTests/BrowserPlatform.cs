using System.Collections.Concurrent;
using Competition.Server.Competitions;
using Competition.Testing;
using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(Competition.BrowserTests.BrowserPlatform))]

namespace Competition.BrowserTests;

/// <summary>
/// The real host on a loopback port and Debian's Chromium driven by Playwright. Browsers cannot be
/// downloaded here, so Playwright launches the system Chromium (<c>CHROMIUM_PATH</c>, default
/// <c>/usr/bin/chromium</c>); without it the tests fail and say how to install it.
/// </summary>
public sealed class BrowserPlatform : IAsyncLifetime
{
    public PlatformFactory Factory { get; } = new();

    public PlatformClient Client { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Screenshots land here for a person to look at (TestResults/screenshots at the repository root).</summary>
    public string ScreenshotDirectory { get; } = Path.Combine(RepositoryPaths.Root, "TestResults", "screenshots");

    private IPlaywright? _playwright;

    public async ValueTask InitializeAsync()
    {
        var chromium = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            throw new InvalidOperationException($"Chromium not found at {chromium}. Install Debian's package (apt-get install chromium) or set CHROMIUM_PATH.");
        }
        Directory.CreateDirectory(ScreenshotDirectory);
        Client = new PlatformClient(Factory.CreateClient());
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            // Root in a container needs --no-sandbox; the rest keeps Chromium off a network it cannot reach.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
        });
        Assertions.SetDefaultExpectTimeout(15_000);
    }

    /// <summary>A fresh browser context (its own storage, like a separate device) of the given screen size, on the shared
    /// host or on another one (<paramref name="host"/>).</summary>
    public async Task<IPage> NewPageAsync(int width, int height, bool isMobile = false, PlatformFactory? host = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = (host ?? Factory).BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            IsMobile = isMobile,
            HasTouch = isMobile,
            Locale = "zh-CN",
        });
        var page = await context.NewPageAsync();
        var errors = new ConcurrentQueue<string>();
        page.Console += (_, message) =>
        {
            // Script errors count; an answer the page asked for and handled (a 403 "not published") does not.
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
            {
                errors.Enqueue(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Enqueue(error);
        _errors[page] = errors;
        return page;
    }

    /// <summary>Script errors a page logged (uncaught exceptions and console errors); a page that works logs none.</summary>
    public IReadOnlyCollection<string> ErrorsOf(IPage page) => _errors[page];

    /// <summary>Opens the judge's page on a tablet and signs in as one of the competition's judges.</summary>
    public async Task<IPage> JudgeTabletAsync(CreatedCompetition competition, int judgeIndex)
    {
        var tablet = await NewPageAsync(1280, 800, isMobile: true);
        var judge = competition.Judges[judgeIndex];
        await tablet.GotoAsync($"/judge?competition={competition.Id}");
        await tablet.Locator("#judge").SelectOptionAsync(judge.Id.ToString());
        await tablet.Locator("#pin").FillAsync(judge.Pin);
        await tablet.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Assertions.Expect(tablet.Locator("#marking")).ToBeVisibleAsync();
        // The sheet shows at once from what the tablet kept; the contestants arrive with the first fetch,
        // which must be in before a test takes the network away.
        await Assertions.Expect(tablet.Locator("#contestants button").First).ToBeVisibleAsync();
        return tablet;
    }

    /// <summary>Opens a signed-in console (<c>/hr</c>, <c>/bargaining</c>) with an account's password.</summary>
    public static async Task SignInAsync(IPage page, string path, string username, string password)
    {
        await page.GotoAsync(path);
        await page.Locator("#username").FillAsync(username);
        await page.Locator("#password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
    }

    /// <summary>The card of one aspect of the contestant open on a judge's tablet.</summary>
    public static ILocator AspectCard(IPage tablet, long aspectId) => tablet.Locator($"#aspects article[data-aspect-id='{aspectId}']");

    /// <summary>Takes a screenshot for a person to look at, and checks what it shows against WCAG 2.1 A and
    /// AA with axe-core (not for print views, which axe does not judge).</summary>
    public async Task ScreenshotAsync(IPage page, string name, bool print = false)
    {
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(ScreenshotDirectory, name + ".png"),
            FullPage = true,
            // Rows glide to new places; the picture shows where they land.
            Animations = ScreenshotAnimations.Disabled,
        });
        if (!print)
        {
            await Accessibility.AssertAccessibleAsync(page, name);
        }
    }

    private readonly ConcurrentDictionary<IPage, ConcurrentQueue<string>> _errors = [];

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        _playwright?.Dispose();
        await Factory.DisposeAsync();
        await Factory.Database.DeleteAsync();
    }
}
