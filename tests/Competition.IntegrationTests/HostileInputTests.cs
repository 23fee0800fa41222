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
            Assert.Contains("script-src 'self';", policy);
            Assert.DoesNotContain("unsafe-inline", policy.Split(';').Single(d => d.Trim().StartsWith("script-src")));
        }
        var reference = await platform.Client.Http.GetAsync("/scalar/v1", TestContext.Current.CancellationToken);
        var nonce = System.Text.RegularExpressions.Regex.Match(await reference.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), "nonce=\"([^\"]+)\"").Groups[1].Value;
        Assert.NotEmpty(nonce);
        Assert.Contains($"'nonce-{nonce}'", reference.Headers.GetValues("Content-Security-Policy").Single());
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
