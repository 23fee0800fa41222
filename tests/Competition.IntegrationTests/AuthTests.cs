using System.Net;
using System.Net.Http.Json;
using Competition.Server.Auth;
using Competition.Testing;

namespace Competition.IntegrationTests;

public sealed class AuthTests(SharedPlatform platform)
{
    private PlatformClient Client => platform.Client;

    [Fact]
    public async Task Admin_signs_in_with_the_configured_password_only()
    {
        Assert.False(string.IsNullOrEmpty(await Client.OrganizerTokenAsync()));

        var wrong = await Client.Http.PostAsJsonAsync("/api/auth/token", new TokenRequest("admin", "wrong"), PlatformClient.Json, TestContext.Current.CancellationToken);
        await wrong.AssertProblemCodeAsync(HttpStatusCode.Unauthorized, "auth.refused");
        var nobody = await Client.Http.PostAsJsonAsync("/api/auth/token", new TokenRequest("nobody", "x"), PlatformClient.Json, TestContext.Current.CancellationToken);
        await nobody.AssertProblemCodeAsync(HttpStatusCode.Unauthorized, "auth.refused");
    }

    [Fact]
    public async Task Empty_sign_in_is_a_validation_problem()
    {
        var response = await Client.Http.PostAsJsonAsync("/api/auth/token", new TokenRequest("", ""), PlatformClient.Json, TestContext.Current.CancellationToken);
        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("Username", out _));
    }

    [Fact]
    public async Task Judge_signs_in_only_with_their_pin_for_their_competition()
    {
        var competition = await Client.CreateCompetitionAsync();
        var other = await Client.CreateCompetitionAsync();
        var judge = competition.Judges[0];
        Assert.False(string.IsNullOrEmpty(await Client.JudgeTokenAsync(competition)));

        var wrongPin = await Client.Http.PostAsJsonAsync("/api/auth/judge",
            new JudgeTokenRequest(competition.Id, judge.Id, judge.Pin == "000000" ? "111111" : "000000"), PlatformClient.Json, TestContext.Current.CancellationToken);
        await wrongPin.AssertProblemCodeAsync(HttpStatusCode.Unauthorized, "auth.refused");
        var wrongCompetition = await Client.Http.PostAsJsonAsync("/api/auth/judge",
            new JudgeTokenRequest(other.Id, judge.Id, judge.Pin), PlatformClient.Json, TestContext.Current.CancellationToken);
        await wrongCompetition.AssertProblemCodeAsync(HttpStatusCode.Unauthorized, "auth.refused");
    }

    [Fact]
    public async Task Repeated_wrong_pins_lock_the_judge_out_with_retry_after()
    {
        var competition = await Client.CreateCompetitionAsync();
        var judge = competition.Judges[1];
        var wrong = new JudgeTokenRequest(competition.Id, judge.Id, judge.Pin == "999999" ? "888888" : "999999");

        HttpResponseMessage response;
        var attempts = 0;
        do
        {
            response = await Client.Http.PostAsJsonAsync("/api/auth/judge", wrong, PlatformClient.Json, TestContext.Current.CancellationToken);
            attempts++;
        }
        while (response.StatusCode == HttpStatusCode.Unauthorized && attempts < 10);

        // Five wrong PINs are tried; the sixth is refused untried.
        Assert.Equal(6, attempts);
        await response.AssertProblemCodeAsync(HttpStatusCode.TooManyRequests, "auth.locked-out");
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        // While locked out even the right PIN is refused.
        var right = await Client.Http.PostAsJsonAsync("/api/auth/judge",
            new JudgeTokenRequest(competition.Id, judge.Id, judge.Pin), PlatformClient.Json, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
    }

    [Fact]
    public async Task Naming_the_wrong_competition_tries_no_pin_and_never_locks_the_judge_out()
    {
        var competition = await Client.CreateCompetitionAsync(SampleCompetition.Request("错填竞赛不锁定测试"));
        var judge = competition.Judges[0];

        for (var attempt = 0; attempt < 8; attempt++)
        {
            var elsewhere = await Client.Http.PostAsJsonAsync("/api/auth/judge",
                new JudgeTokenRequest(competition.Id + 100_000, judge.Id, "000000"), PlatformClient.Json, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Unauthorized, elsewhere.StatusCode);
        }

        Assert.NotEmpty(await Client.JudgeTokenAsync(competition));
    }
}
