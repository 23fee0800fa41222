using System.Net;
using System.Net.Http.Json;
using Competition.Domain.Rules;
using Competition.Grains.Contracts;
using Competition.Server.Accounts;
using Competition.Server.Auth;
using Competition.Testing;

namespace Competition.IntegrationTests;

/// <summary>Accounts, roles, sessions and the administrative audit log.</summary>
public sealed class AccountsAndSessionsTests(SharedPlatform platform)
{
    private PlatformClient Client => platform.Client;

    [Fact]
    public async Task A_refresh_token_works_once_its_reuse_signs_the_account_out_and_sign_out_revokes_bearer_tokens()
    {
        var (_, username, password) = await Client.CreateAccountAsync("administrator");
        var first = await Client.SignInAsync(username, password);
        Assert.NotNull(first.RefreshToken);
        Assert.True(first.ExpiresAt - DateTimeOffset.UtcNow <= TimeSpan.FromMinutes(15));

        var second = await RefreshAsync(first.RefreshToken!);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var next = (await second.Content.ReadFromJsonAsync<TokenResponse>(PlatformClient.Json, TestContext.Current.CancellationToken))!;
        Assert.Equal(HttpStatusCode.OK, (await Client.SendAsync(HttpMethod.Get, "/api/accounts", null, next.Token)).StatusCode);

        // The first refresh token again: stolen or copied. Everything of the account stops working.
        await (await RefreshAsync(first.RefreshToken!)).AssertProblemCodeAsync(HttpStatusCode.Unauthorized, "auth.refused");
        await (await RefreshAsync(next.RefreshToken!)).AssertProblemCodeAsync(HttpStatusCode.Unauthorized, "auth.refused");
        await (await Client.SendAsync(HttpMethod.Get, "/api/accounts", null, next.Token)).AssertProblemAsync(HttpStatusCode.Unauthorized);

        // A later sign-in works, and signing out ends it at once.
        var again = await Client.SignInAsync(username, password);
        Assert.Equal(HttpStatusCode.OK, (await Client.SendAsync(HttpMethod.Get, "/api/accounts", null, again.Token)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await Client.SendAsync(HttpMethod.Post, "/api/auth/sign-out", null, again.Token)).StatusCode);
        await (await Client.SendAsync(HttpMethod.Get, "/api/accounts", null, again.Token)).AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Of_two_refreshes_racing_with_one_token_one_wins_and_the_other_is_caught_as_reuse()
    {
        var (_, username, password) = await Client.CreateAccountAsync("administrator");
        for (var round = 0; round < 5; round++)
        {
            var signedIn = await Client.SignInAsync(username, password);

            var answers = await Task.WhenAll(RefreshAsync(signedIn.RefreshToken!), RefreshAsync(signedIn.RefreshToken!));

            Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
            await answers.Single(a => a.StatusCode != HttpStatusCode.OK).AssertProblemCodeAsync(HttpStatusCode.Unauthorized, "auth.refused");
            // The reuse signed the account out: the winner's new pair is refused too.
            var winner = (await answers.Single(a => a.StatusCode == HttpStatusCode.OK).Content.ReadFromJsonAsync<TokenResponse>(PlatformClient.Json, TestContext.Current.CancellationToken))!;
            await (await Client.SendAsync(HttpMethod.Get, "/api/accounts", null, winner.Token)).AssertProblemAsync(HttpStatusCode.Unauthorized);
        }
    }

    [Fact]
    public async Task A_judge_who_signs_out_can_no_longer_send_marks_with_that_token()
    {
        var competition = await Client.CreateCompetitionAsync(SampleCompetition.Request("裁判退出测试"));
        var judge = await Client.JudgeTokenAsync(competition);
        var aspect = competition.MarkingScheme.Modules[0].Aspects[0].Id;
        (await Client.SubmitMarkAsync(competition.Id, judge, competition.Contestants[0].Id, aspect, 10m)).EnsureSuccessStatusCode();

        Assert.Equal(HttpStatusCode.NoContent, (await Client.SendAsync(HttpMethod.Post, "/api/auth/sign-out", null, judge)).StatusCode);

        await (await Client.SubmitMarkAsync(competition.Id, judge, competition.Contestants[1].Id, aspect, 10m)).AssertProblemAsync(HttpStatusCode.Unauthorized);
        var again = await Client.JudgeTokenAsync(competition);
        (await Client.SubmitMarkAsync(competition.Id, again, competition.Contestants[1].Id, aspect, 10m)).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_from_that_address_even_against_the_right_one_and_the_audit_says_so()
    {
        var (id, username, password) = await Client.CreateAccountAsync("negotiator");
        HttpResponseMessage response = null!;
        for (var i = 0; i < 5; i++)
        {
            response = await Client.Http.PostAsJsonAsync("/api/auth/token", new TokenRequest(username, "wrong-password"), PlatformClient.Json, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }
        var locked = await Client.Http.PostAsJsonAsync("/api/auth/token", new TokenRequest(username, password), PlatformClient.Json, TestContext.Current.CancellationToken);
        await locked.AssertProblemCodeAsync(HttpStatusCode.TooManyRequests, "auth.locked-out");
        Assert.True(locked.Headers.RetryAfter?.Delta > TimeSpan.FromMinutes(10));

        var audit = await Client.GetAsync<List<AdminAuditEntry>>("/api/admin/audit", await Client.OrganizerTokenAsync());
        Assert.Contains(audit, e => e.Action == "account.locked-out" && e.Target == $"account:{id}");
        Assert.Contains(audit, e => e.Action == "account.created" && e.Target == $"account:{id}" && e.Actor.StartsWith("account:"));
    }

    [Fact]
    public async Task A_username_is_unique_whatever_its_case_and_an_account_needs_a_role()
    {
        var organizer = await Client.OrganizerTokenAsync();
        var name = $"Case-{Guid.NewGuid():N}"[..20];

        var created = await Client.SendAsync(HttpMethod.Post, "/api/accounts", new CreateAccountRequest(name, "long-enough-password", "negotiator"), organizer);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(name.ToLowerInvariant(), (await created.Content.ReadFromJsonAsync<AccountCreated>(PlatformClient.Json, TestContext.Current.CancellationToken))!.Username);
        await (await Client.SendAsync(HttpMethod.Post, "/api/accounts", new CreateAccountRequest(name.ToLowerInvariant(), "another-long-password", "negotiator"), organizer))
            .AssertProblemCodeAsync(HttpStatusCode.Conflict, "account.exists");
        // Signed in as typed in any case.
        Assert.NotEmpty((await Client.SignInAsync(name.ToUpperInvariant(), "long-enough-password")).Token);
        var roleless = $"roleless-{Guid.NewGuid():N}"[..20];
        await (await Client.SendAsync(HttpMethod.Post, "/api/accounts", new CreateAccountRequest(roleless, "long-enough-password", null), organizer))
            .AssertProblemCodeAsync(HttpStatusCode.BadRequest, "validation");
        Assert.DoesNotContain(await Client.GetAsync<List<AccountCreated>>("/api/accounts", organizer), a => a.Username == roleless);
    }

    [Fact]
    public async Task Roles_decide_what_an_account_may_do_and_a_new_role_ends_its_sessions()
    {
        var organizer = await Client.OrganizerTokenAsync();
        await (await Client.SendAsync(HttpMethod.Post, "/api/accounts", new CreateAccountRequest("hr-unknown-org", "long-enough-password", "hr-officer", "没有登记的单位"), organizer))
            .AssertProblemCodeAsync(HttpStatusCode.BadRequest, "organization.unknown");
        var (id, username, password) = await Client.CreateAccountAsync("hr-officer", organization: "随州市人社局");
        var hr = (await Client.SignInAsync(username, password)).Token;

        await (await Client.SendAsync(HttpMethod.Post, "/api/competitions", SampleCompetition.Request(), hr)).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await Client.SendAsync(HttpMethod.Get, "/api/accounts", null, hr)).AssertProblemAsync(HttpStatusCode.Forbidden);

        (await Client.SendAsync(HttpMethod.Put, $"/api/accounts/{id}/role", new RoleGrant("organizer"), organizer)).EnsureSuccessStatusCode();
        await (await Client.SendAsync(HttpMethod.Get, "/api/organizations", null, hr)).AssertProblemAsync(HttpStatusCode.Unauthorized);
        var promoted = (await Client.SignInAsync(username, password)).Token;
        // An organizer runs competitions, but accounts are the administrator's.
        Assert.Equal(HttpStatusCode.Created, (await Client.SendAsync(HttpMethod.Post, "/api/competitions", SampleCompetition.Request(), promoted)).StatusCode);
        await (await Client.SendAsync(HttpMethod.Get, "/api/accounts", null, promoted)).AssertProblemAsync(HttpStatusCode.Forbidden);
        var audit = await Client.GetAsync<List<AdminAuditEntry>>("/api/admin/audit", organizer);
        Assert.Contains(audit, e => e.Action == "account.role-granted" && e.Target == $"account:{id}" && e.Detail == "hr-officer → organizer");
    }

    [Fact]
    public async Task A_competition_that_hides_its_judges_shows_them_to_the_public_by_number_only()
    {
        var competition = await Client.CreateCompetitionAsync(SampleCompetition.Request("匿名裁判测试") with
        {
            Rules = CompetitionRules.Default with { HideJudgeIdentities = true },
        });

        var publicView = await Client.GetAsync<CompetitionView>($"/api/competitions/{competition.Id}");
        Assert.Equal(["#1", "#2", "#3"], publicView.Judges.Select(j => j.Name));
        Assert.All(publicView.Judges, j => Assert.Empty(j.Employer));
        var juryView = await Client.GetAsync<CompetitionView>($"/api/competitions/{competition.Id}", await Client.OrganizerTokenAsync());
        Assert.Equal(competition.Judges.Select(j => j.Name), juryView.Judges.Select(j => j.Name));
        var audit = await Client.GetAsync<List<AdminAuditEntry>>("/api/admin/audit", await Client.OrganizerTokenAsync());
        Assert.Contains(audit, e => e.Action == "competition.created" && e.Target == $"competition:{competition.Id}");
        Assert.Contains(audit, e => e.Action == "competition.started" && e.Target == $"competition:{competition.Id}");
    }

    private Task<HttpResponseMessage> RefreshAsync(string refreshToken) =>
        Client.Http.PostAsJsonAsync("/api/auth/refresh", new RefreshRequest(refreshToken), PlatformClient.Json, TestContext.Current.CancellationToken);
}
