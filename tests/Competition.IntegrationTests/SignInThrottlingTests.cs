using System.Net;
using System.Net.Http.Json;
using Competition.Domain.Access;
using Competition.Server.Accounts;
using Competition.Server.Auth;
using Competition.Server.Competitions;
using Competition.Testing;

namespace Competition.IntegrationTests;

/// <summary>
/// Sign-in throttling as OWASP recommends: counted before the secret is checked, so racing guesses are
/// bounded; per account (or judge) and address, so one address locks only itself; per account over an
/// hour, from everywhere; unknown usernames alike. Client addresses are told by X-Forwarded-For, which
/// the host takes from loopback as from any trusted proxy.
/// </summary>
public sealed class SignInThrottlingTests(SharedPlatform platform)
{
    private PlatformClient Client => platform.Client;

    [Fact]
    public async Task Wrong_passwords_racing_over_two_connections_are_tried_five_times_and_lock_only_their_address()
    {
        var (_, username, password) = await Client.CreateAccountAsync("negotiator");
        using var first = platform.Factory.CreateClient();
        using var second = platform.Factory.CreateClient();

        var codes = await Task.WhenAll(Enumerable.Range(0, 12).Select(i =>
            StatusAsync(i % 2 == 0 ? first : second, "/api/auth/token", new TokenRequest(username, "wrong-password"), "198.51.100.7")));

        Assert.Equal(5, codes.Count(c => c == HttpStatusCode.Unauthorized));
        Assert.Equal(7, codes.Count(c => c == HttpStatusCode.TooManyRequests));
        var locked = await SendAsync(first, "/api/auth/token", new TokenRequest(username, password), "198.51.100.7");
        await locked.AssertProblemCodeAsync(HttpStatusCode.TooManyRequests, "auth.locked-out");
        Assert.True(locked.Headers.RetryAfter?.Delta > TimeSpan.FromMinutes(10));
        // Another address was never refused: the right password works there at once.
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(second, "/api/auth/token", new TokenRequest(username, password), "198.51.100.8"));
    }

    [Fact]
    public async Task An_unknown_username_is_answered_and_locked_exactly_as_an_existing_one()
    {
        var (_, username, _) = await Client.CreateAccountAsync("hr-officer", "随州市总工会");
        var unknown = $"nobody-{Guid.NewGuid():N}"[..20];

        var known = await AnswersAsync(username, "198.51.100.21");
        var nobody = await AnswersAsync(unknown, "198.51.100.22");

        Assert.Equal(known, nobody);
        Assert.Equal([.. Enumerable.Repeat("401 auth.refused", 5), "429 auth.locked-out"], known.Select(a => $"{a.Status} {a.Code}"));
    }

    [Fact]
    public async Task Failures_spread_over_many_addresses_spend_the_hourly_budget_and_then_the_account_is_locked_everywhere()
    {
        var (id, username, password) = await Client.CreateAccountAsync("negotiator");
        var budget = SignInLimits.AccountPasswords;
        var perAddress = budget.PerAddress.Failures;
        for (var address = 0; address < budget.PerSubject.Failures / perAddress; address++)
        {
            for (var attempt = 0; attempt < perAddress; attempt++)
            {
                Assert.Equal(HttpStatusCode.Unauthorized,
                    await StatusAsync(Client.Http, "/api/auth/token", new TokenRequest(username, "wrong-password"), $"203.0.113.{address + 1}"));
            }
        }

        var fresh = await SendAsync(Client.Http, "/api/auth/token", new TokenRequest(username, password), "203.0.113.200");
        await fresh.AssertProblemCodeAsync(HttpStatusCode.TooManyRequests, "auth.locked-out");
        var admin = await Client.OrganizerTokenAsync();
        Assert.NotNull(Assert.Single(await Client.GetAsync<List<AccountCreated>>("/api/accounts", admin), a => a.Id == id).LockedUntil);
        var audit = await Client.GetAsync<List<AdminAuditEntry>>("/api/admin/audit", admin);
        Assert.Contains(audit, e => e.Action == "account.locked-out" && e.Target == $"account:{id}" && e.Detail!.Contains("every address"));
        Assert.Contains(audit, e => e.Action == "account.locked-out" && e.Target == $"account:{id}" && e.Detail!.Contains("203.0.113.1"));
    }

    [Fact]
    public async Task Wrong_pins_racing_over_two_connections_are_tried_five_times_and_the_judges_other_tablet_still_signs_in()
    {
        var competition = await Client.CreateCompetitionAsync(SampleCompetition.Request("PIN并发猜测测试"));
        var judge = competition.Judges[0];
        Assert.Matches("^[0-9]{8}$", judge.Pin);
        using var first = platform.Factory.CreateClient();
        using var second = platform.Factory.CreateClient();
        var wrong = new JudgeTokenRequest(competition.Id, judge.Id, judge.Pin == "00000000" ? "11111111" : "00000000");

        var codes = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => StatusAsync(i % 2 == 0 ? first : second, "/api/auth/judge", wrong, "192.0.2.10")));

        Assert.Equal(5, codes.Count(c => c == HttpStatusCode.Unauthorized));
        Assert.Equal(7, codes.Count(c => c == HttpStatusCode.TooManyRequests));
        var right = new JudgeTokenRequest(competition.Id, judge.Id, judge.Pin);
        Assert.Equal(HttpStatusCode.TooManyRequests, await StatusAsync(first, "/api/auth/judge", right, "192.0.2.10"));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(second, "/api/auth/judge", right, "192.0.2.11"));
    }

    [Fact]
    public async Task A_judges_lock_out_survives_a_restart_and_a_pin_reset_ends_it()
    {
        var database = TestDatabase.New();
        CreatedCompetition competition;
        await using (var first = new PlatformFactory(database))
        {
            var client = new PlatformClient(first.CreateClient());
            competition = await client.CreateCompetitionAsync(SampleCompetition.Request("锁定重启测试"));
            var wrong = new JudgeTokenRequest(competition.Id, competition.Judges[0].Id, "12345678");
            for (var attempt = 0; attempt < SignInLimits.JudgePins.PerAddress.Failures; attempt++)
            {
                await StatusAsync(client.Http, "/api/auth/judge", wrong, "192.0.2.30");
            }
        }

        await using var second = new PlatformFactory(database);
        var restarted = new PlatformClient(second.CreateClient());
        var judge = competition.Judges[0];
        var right = new JudgeTokenRequest(competition.Id, judge.Id, judge.Pin);
        Assert.Equal(HttpStatusCode.TooManyRequests, await StatusAsync(restarted.Http, "/api/auth/judge", right, "192.0.2.30"));
        var reset = (await (await restarted.SendAsync(HttpMethod.Post, $"/api/competitions/{competition.Id}/judges/{judge.Id}/pin", null,
            await restarted.OrganizerTokenAsync())).Content.ReadFromJsonAsync<PinReset>(PlatformClient.Json, TestContext.Current.CancellationToken))!;
        Assert.Equal(HttpStatusCode.OK,
            await StatusAsync(restarted.Http, "/api/auth/judge", right with { Pin = reset.Pin }, "192.0.2.30"));
        await database.DeleteAsync();
    }

    private async Task<List<(int Status, string? Code, string? Title)>> AnswersAsync(string username, string address)
    {
        var answers = new List<(int, string?, string?)>();
        for (var attempt = 0; attempt <= SignInLimits.AccountPasswords.PerAddress.Failures; attempt++)
        {
            var response = await SendAsync(Client.Http, "/api/auth/token", new TokenRequest(username, "wrong-password"), address);
            var problem = await response.AssertProblemAsync(response.StatusCode);
            answers.Add(((int)response.StatusCode, problem.GetProperty("code").GetString(), problem.GetProperty("title").GetString()));
        }
        return answers;
    }

    private static async Task<HttpStatusCode> StatusAsync<T>(HttpClient http, string path, T body, string address)
    {
        using var response = await SendAsync(http, path, body, address);
        return response.StatusCode;
    }

    private static Task<HttpResponseMessage> SendAsync<T>(HttpClient http, string path, T body, string address)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body, options: PlatformClient.Json) };
        request.Headers.Add("X-Forwarded-For", address);
        return http.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
