using System.Net;
using System.Net.Http.Json;
using System.Text;
using Competition.Server.Auth;
using Competition.Server.Competitions;
using Competition.Testing;

namespace Competition.IntegrationTests;

/// <summary>Limits and headers that protect the platform from abuse.</summary>
public sealed class HostileInputTests(SharedPlatform platform)
{
    [Fact]
    public async Task Every_response_carries_the_security_headers_and_pages_allow_no_inline_script()
    {
        foreach (var path in new[] { "/", "/judge", "/api/competitions", "/healthz" })
        {
            var response = await platform.Client.Http.GetAsync(path, TestContext.Current.CancellationToken);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
            var policy = response.Headers.GetValues("Content-Security-Policy").Single();
            Assert.Contains("frame-ancestors 'none'", policy);
            // This origin's scripts, and inline only the pages' import map, allowed by its hash.
            Assert.Matches("script-src 'self' 'sha256-[A-Za-z0-9+/=]+';", policy);
            Assert.DoesNotContain("unsafe-inline", policy.Split(';').Single(d => d.Trim().StartsWith("script-src")));
        }
        var reference = await platform.Client.Http.GetAsync("/scalar/v1", TestContext.Current.CancellationToken);
        var nonce = System.Text.RegularExpressions.Regex.Match(await reference.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), "nonce=\"([^\"]+)\"").Groups[1].Value;
        Assert.NotEmpty(nonce);
        Assert.Contains($"'nonce-{nonce}'", reference.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task Names_that_a_spreadsheet_would_run_as_formulas_reach_the_results_csv_as_plain_text()
    {
        var client = platform.Client;
        var request = SampleCompetition.Request("公式注入测试").WithChief();
        string[] hostile = ["=HYPERLINK(\"http://evil.example\",\"点我\")", "+1+2", "-3-4", "@SUM(A1)", "\tTAB"];
        var competition = await client.CreateCompetitionAsync(request with
        {
            Contestants = request.Contestants!.Select((c, i) => i == 0 ? c with { Name = hostile[0], Employer = hostile[1] } : c).ToList(),
        });
        (await client.SendAsync(HttpMethod.Post, $"/api/competitions/{competition.Id}/results/lock",
            new Competition.Server.Jury.LockRequest("test: nothing marked"), await client.ChiefTokenAsync(competition))).EnsureSuccessStatusCode();

        var csv = await (await client.Http.GetAsync($"/api/competitions/{competition.Id}/results.csv", TestContext.Current.CancellationToken))
            .Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        var cells = csv.Split('\n').SelectMany(line => line.Split(',')).Select(cell => cell.Trim('"', '\r')).ToList();
        Assert.DoesNotContain(cells, cell => cell.Length > 0 && "=+-@\t".Contains(cell[0]));
        Assert.Contains("'+1+2", cells);
        Assert.Contains(cells, cell => cell.StartsWith("'=HYPERLINK", StringComparison.Ordinal));
        Assert.Equal(["'-3-4", "'@SUM(A1)", "'\tTAB", "plain"], hostile[2..].Append("plain").Select(Competition.Server.Imports.CsvExport.Inert));
    }

    [Fact]
    public async Task A_reason_with_nothing_visible_and_a_name_with_a_direction_override_are_refused_and_change_nothing()
    {
        var client = platform.Client;
        var organizer = await client.OrganizerTokenAsync();
        var competition = await client.CreateCompetitionAsync(SampleCompetition.Request("不可见字符测试"));
        var contestant = competition.Contestants[0];

        await (await client.SendAsync(HttpMethod.Post, $"/api/competitions/{competition.Id}/contestants/{contestant.Id}/withdraw",
            new Competition.Server.Registration.WithdrawalRequest(Competition.Domain.Competitions.Withdrawal.Withdrawn, "\u200B\u200C\u2060"), organizer))
            .AssertProblemCodeAsync(HttpStatusCode.BadRequest, "validation");
        await (await client.SendAsync(HttpMethod.Put, $"/api/competitions/{competition.Id}/contestants/{contestant.Id}",
            new Competition.Server.Registration.ContestantCorrectionRequest("abc\u202Egpj", "程力专汽", "更正姓名"), organizer))
            .AssertProblemCodeAsync(HttpStatusCode.BadRequest, "validation");
        var request = SampleCompetition.Request("不可见字符测试二");
        await (await client.SendAsync(HttpMethod.Post, "/api/competitions",
            request with { Contestants = [.. request.Contestants!.Take(2), new ContestantRequest("\u3164", "程力专汽", "003")] }, organizer))
            .AssertProblemCodeAsync(HttpStatusCode.BadRequest, "validation");

        var view = await client.GetAsync<Competition.Grains.Contracts.CompetitionView>($"/api/competitions/{competition.Id}", organizer);
        var unchanged = view.Contestants.Single(c => c.Id == contestant.Id);
        Assert.Equal((contestant.Name, (Competition.Domain.Competitions.Withdrawal?)null), (unchanged.Name, unchanged.Withdrawal));
    }

    [Fact]
    public async Task Token_and_other_api_answers_are_never_stored_by_a_browser_or_a_proxy()
    {
        var signIn = await platform.Client.Http.PostAsJsonAsync("/api/auth/token",
            new TokenRequest("admin", PlatformClient.AdminPassword), PlatformClient.Json, TestContext.Current.CancellationToken);
        var competitions = await platform.Client.Http.GetAsync("/api/competitions", TestContext.Current.CancellationToken);

        Assert.True(signIn.Headers.CacheControl?.NoStore);
        Assert.True(competitions.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task Behind_a_tls_proxy_on_this_machine_answers_carry_hsts()
    {
        using var proxied = new HttpRequestMessage(HttpMethod.Get, "/healthz") { Headers = { Host = "skills.example.cn" } };
        proxied.Headers.Add("X-Forwarded-Proto", "https");
        using var plain = new HttpRequestMessage(HttpMethod.Get, "/healthz") { Headers = { Host = "skills.example.cn" } };

        var overTls = await platform.Client.Http.SendAsync(proxied, TestContext.Current.CancellationToken);
        var overHttp = await platform.Client.Http.SendAsync(plain, TestContext.Current.CancellationToken);

        Assert.Contains("max-age=", overTls.Headers.GetValues("Strict-Transport-Security").Single());
        Assert.False(overHttp.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task A_body_over_the_limit_is_refused_with_413_and_nothing_is_stored()
    {
        var huge = new StringBuilder("{\"name\":\"").Append('x', 5 * 1024 * 1024).Append("\"}").ToString();

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/competitions") { Content = new StringContent(huge, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new("Bearer", await platform.Client.OrganizerTokenAsync());
        // Ask before sending the body, as well-behaved clients do; the server refuses on the length alone.
        request.Headers.ExpectContinue = true;
        var response = await platform.Client.Http.SendAsync(request, TestContext.Current.CancellationToken);

        await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        // Other tests create competitions meanwhile: look for this one, not at the count.
        Assert.DoesNotContain(await platform.Client.GetAsync<List<CompetitionSummary>>("/api/competitions"), c => c.Name.StartsWith("xxxxxxxxxx"));
    }

    [Fact]
    public async Task Sign_in_is_rate_limited_with_429_and_retry_after()
    {
        await using var limited = new PlatformFactory(settings: new Dictionary<string, string> { ["RateLimits:SignInPerMinute"] = "3" });
        var client = limited.CreateClient();
        var codes = new List<HttpStatusCode>();
        HttpResponseMessage last = null!;
        for (var i = 0; i < 5; i++)
        {
            last = await client.PostAsJsonAsync("/api/auth/token", new TokenRequest("admin", "wrong"), PlatformClient.Json, TestContext.Current.CancellationToken);
            codes.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], codes);
        await last.AssertProblemCodeAsync(HttpStatusCode.TooManyRequests, "rate-limited");
        Assert.True(last.Headers.RetryAfter?.Delta > TimeSpan.Zero);
    }
}
