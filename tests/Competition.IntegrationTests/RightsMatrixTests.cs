using System.Net;
using System.Net.Http.Json;
using Competition.Domain.Organizations;
using Competition.Server.Accounts;
using Competition.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Competition.IntegrationTests;

/// <summary>
/// Every role, and no role, against every endpoint. "Allowed" means the request got past the rights
/// check (any answer but 401 and 403: the bodies here are empty, so most answer 400). The table must name
/// every API route: an endpoint added without deciding who may call it fails here. The competition is
/// hosted by the organizer's district; an organizer of another district may run none of it (404).
/// </summary>
public sealed class RightsMatrixTests(SharedPlatform platform)
{
    private enum Caller { Anonymous, Administrator, Organizer, OtherOrganizer, HrOfficer, Negotiator, Judge, Chief, OtherJudge, OtherChief }

    private enum Access
    {
        Public,
        /// <summary>An organizer who runs the competition in the route (an administrator runs all).</summary>
        Organizer,
        /// <summary>An administrator: organisations, accounts, the administrative audit log.</summary>
        Administrator,
        /// <summary>Any account signed in with a password.</summary>
        Account,
        /// <summary>An organizer, or this competition's chief judge.</summary>
        Jury,
        Chief,
        /// <summary>A judge (or the chief judge) of this competition.</summary>
        JudgeOfCompetition,
        /// <summary>Public once published; before that the jury's. (The competition here is not final.)</summary>
        JuryUntilPublished,
        /// <summary>Any signed-in caller.</summary>
        SignedIn,
        /// <summary>An HR officer (who acts for their own organisation).</summary>
        HrOfficer,
        /// <summary>A union negotiator, or an organizer.</summary>
        Negotiator,
        /// <summary>The statistics: an administrator, organizer or negotiator, each of their own organisation's subtree.</summary>
        Reporter,
    }

    private sealed record Route(string Method, string Pattern, Access Access);

    private static readonly Route[] Routes =
    [
        new("GET", "/api/platform", Access.Public),
        new("POST", "/api/auth/token", Access.Public),
        new("POST", "/api/auth/judge", Access.Public),
        new("POST", "/api/auth/refresh", Access.Public),
        new("POST", "/api/auth/sign-out", Access.SignedIn),
        new("GET", "/api/competitions/", Access.Public),
        new("GET", "/api/competitions/{id}", Access.Public),
        new("GET", "/api/competitions/{id}/leaderboard", Access.Public),
        new("GET", "/api/competitions/{id}/contestants/{contestantId}", Access.Public),
        new("POST", "/api/competitions/", Access.Organizer),
        new("POST", "/api/competitions/{id}/start", Access.Organizer),
        new("PUT", "/api/competitions/{id}/profile", Access.Organizer),
        new("POST", "/api/competitions/{id}/clone", Access.Organizer),
        new("POST", "/api/competitions/{id}/archive", Access.Organizer),
        new("POST", "/api/competitions/{id}/judges/{judgeId}/pin", Access.Organizer),
        new("POST", "/api/competitions/{id}/contestants/import", Access.Organizer),
        new("POST", "/api/competitions/{id}/judges/import", Access.Organizer),
        new("POST", "/api/competitions/{id}/theory/import", Access.Organizer),
        new("POST", "/api/competitions/{id}/completion-times/import", Access.Organizer),
        new("GET", "/api/sheet-templates/{kind}", Access.Public),
        new("POST", "/api/competitions/{id}/contestants", Access.Organizer),
        new("PUT", "/api/competitions/{id}/contestants/{contestantId}", Access.Organizer),
        new("POST", "/api/competitions/{id}/contestants/{contestantId}/withdraw", Access.Organizer),
        new("DELETE", "/api/competitions/{id}/contestants/{contestantId}", Access.Organizer),
        new("POST", "/api/competitions/{id}/judges", Access.Organizer),
        new("POST", "/api/competitions/{id}/judges/{judgeId}/replace", Access.Organizer),
        new("DELETE", "/api/competitions/{id}/judges/{judgeId}", Access.Organizer),
        new("GET", "/api/competitions/{id}/draw", Access.Public),
        new("POST", "/api/competitions/{id}/draw", Access.Organizer),
        new("PUT", "/api/competitions/{id}/sessions", Access.Organizer),
        new("POST", "/api/competitions/{id}/contestants/{contestantId}/move", Access.Organizer),
        new("GET", "/api/competitions/{id}/check-in", Access.Organizer),
        new("POST", "/api/competitions/{id}/contestants/{contestantId}/check-in", Access.Organizer),
        new("GET", "/api/competitions/{id}/marking-forms", Access.Organizer),
        new("POST", "/api/competitions/{id}/decrypt", Access.Jury),
        new("GET", "/api/templates/", Access.Organizer),
        new("GET", "/api/templates/{templateId}", Access.Organizer),
        new("POST", "/api/templates/", Access.Organizer),
        new("GET", "/api/organizations/", Access.Account),
        new("POST", "/api/organizations/", Access.Administrator),
        new("PUT", "/api/organizations/{organizationId}", Access.Administrator),
        new("PUT", "/api/competitions/{id}/rules", Access.Organizer),
        new("PUT", "/api/competitions/{id}/scheme", Access.Organizer),
        new("PUT", "/api/competitions/{id}/panels", Access.Organizer),
        new("POST", "/api/competitions/{id}/theory", Access.Organizer),
        new("POST", "/api/competitions/{id}/completion-times", Access.Organizer),
        new("POST", "/api/competitions/{id}/board/freeze", Access.Organizer),
        new("POST", "/api/competitions/{id}/board/reveal", Access.Organizer),
        new("POST", "/api/competitions/{id}/board/thaw", Access.Organizer),
        new("POST", "/api/competitions/{id}/marks/", Access.JudgeOfCompetition),
        new("GET", "/api/competitions/{id}/marks/mine", Access.JudgeOfCompetition),
        new("GET", "/api/competitions/{id}/marks/assignments", Access.JudgeOfCompetition),
        new("GET", "/api/competitions/{id}/moderation", Access.Jury),
        new("GET", "/api/competitions/{id}/completeness", Access.Jury),
        new("GET", "/api/competitions/{id}/drift", Access.Jury),
        new("GET", "/api/competitions/{id}/judges/records", Access.Jury),
        new("GET", "/api/competitions/{id}/judges/{judgeId}/record", Access.Jury),
        new("POST", "/api/competitions/{id}/moderation/rescore", Access.Chief),
        new("POST", "/api/competitions/{id}/moderation/resolve", Access.Chief),
        new("POST", "/api/competitions/{id}/modules/{moduleId}/lock", Access.Chief),
        new("POST", "/api/competitions/{id}/results/lock", Access.Chief),
        new("GET", "/api/competitions/{id}/corrections/", Access.Jury),
        new("POST", "/api/competitions/{id}/corrections/", Access.Chief),
        new("POST", "/api/competitions/{id}/corrections/{sequence}/approve", Access.Organizer),
        new("GET", "/api/competitions/{id}/results", Access.JuryUntilPublished),
        new("GET", "/api/competitions/{id}/results.csv", Access.JuryUntilPublished),
        new("GET", "/api/competitions/{id}/results.xlsx", Access.JuryUntilPublished),
        new("GET", "/api/competitions/{id}/audit/", Access.Jury),
        new("GET", "/api/competitions/{id}/audit/verify", Access.Jury),
        new("GET", "/api/accounts/", Access.Administrator),
        new("POST", "/api/accounts/", Access.Administrator),
        new("PUT", "/api/accounts/{accountId}/role", Access.Administrator),
        new("GET", "/api/admin/audit", Access.Administrator),
        new("GET", "/api/cluster/", Access.Administrator),
        new("POST", "/api/admin/backups/", Access.Administrator),
        new("GET", "/api/admin/backups/", Access.Administrator),
        new("GET", "/api/admin/backups/{name}", Access.Administrator),
        new("GET", "/api/cluster/competitions/{id}", Access.Administrator),
        new("POST", "/api/workers/", Access.HrOfficer),
        new("POST", "/api/workers/lookup", Access.HrOfficer),
        new("GET", "/api/workers/{workerId}", Access.HrOfficer),
        new("GET", "/api/assessments/", Access.HrOfficer),
        new("POST", "/api/assessments/", Access.HrOfficer),
        new("GET", "/api/assessments/{assessmentId}", Access.HrOfficer),
        new("POST", "/api/assessments/{assessmentId}/approve", Access.HrOfficer),
        new("POST", "/api/assessments/{assessmentId}/reject", Access.HrOfficer),
        new("GET", "/api/certificates/", Access.HrOfficer),
        new("POST", "/api/certificates/", Access.HrOfficer),
        new("POST", "/api/certificates/bulk", Access.HrOfficer),
        new("GET", "/api/certificates/{number}/record", Access.HrOfficer),
        new("POST", "/api/certificates/{number}/renew", Access.HrOfficer),
        new("POST", "/api/certificates/{number}/revoke", Access.HrOfficer),
        new("POST", "/api/certificates/{number}/suspend", Access.HrOfficer),
        new("POST", "/api/certificates/{number}/reinstate", Access.HrOfficer),
        new("GET", "/api/certificates/{number}/credential", Access.Public),
        new("GET", "/api/certificates/{number}/verify", Access.Public),
        new("POST", "/api/certificates/{number}/holder-check", Access.Public),
        new("GET", "/api/issuers/{organizationId}", Access.Public),
        new("POST", "/api/credentials/verify", Access.Public),
        new("GET", "/api/status-lists/{purpose}/{list}", Access.Public),
        new("POST", "/api/credential-keys/rotate", Access.Organizer),
        new("GET", "/api/promotion-rules/", Access.Organizer),
        new("GET", "/api/promotion-rules/{name}", Access.Organizer),
        new("PUT", "/api/promotion-rules/{name}", Access.Organizer),
        new("GET", "/api/competitions/{id}/promotion/", Access.Organizer),
        new("PUT", "/api/competitions/{id}/promotion/", Access.Organizer),
        new("POST", "/api/competitions/{id}/promotion/draft", Access.Organizer),
        new("POST", "/api/wage-guidance/import", Access.Negotiator),
        new("GET", "/api/wage-guidance", Access.Public),
        new("POST", "/api/agreements/", Access.Negotiator),
        new("GET", "/api/agreements/", Access.Negotiator),
        new("GET", "/api/agreements/{agreementId}", Access.Negotiator),
        new("POST", "/api/bargaining/surveys", Access.Negotiator),
        new("GET", "/api/bargaining/surveys/{surveyId}/report", Access.Negotiator),
        new("GET", "/api/bargaining/surveys/{surveyId}/report.csv", Access.Negotiator),
        new("GET", "/api/bargaining/surveys", Access.Negotiator),
        new("POST", "/api/agreements/{agreementId}/sign", Access.Negotiator),
        new("GET", "/api/certificates/{number}/wage-guidance", Access.Public),
        new("GET", "/api/statistics", Access.Reporter),
        new("GET", "/api/statistics.xlsx", Access.Reporter),
        new("GET", "/api/statistics/lists/{list}", Access.Reporter),
    ];

    [Fact]
    public void The_table_names_every_api_route()
    {
        var mapped = platform.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/") == true)
            .SelectMany(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods.Select(m => (m, Normalise(e.RoutePattern.RawText!))) ?? [])
            .ToHashSet();

        Assert.Equal(mapped.Order(), Routes.Select(r => (r.Method, r.Pattern)).ToHashSet().Order());
    }

    [Fact]
    public async Task Every_caller_gets_exactly_the_rights_of_its_role()
    {
        var client = platform.Client;
        var district = await client.OrganizationAsync($"权限矩阵区-{Guid.NewGuid():N}"[..16], OrganizationKind.DistrictUnion);
        var otherDistrict = await client.OrganizationAsync($"权限矩阵另区-{Guid.NewGuid():N}"[..16], OrganizationKind.DistrictUnion);
        var competition = await client.CreateCompetitionAsync(SampleCompetition.Request("权限矩阵", contestants: 2).WithChief() with { HostOrganizationId = district.Id });
        var other = await client.CreateCompetitionAsync(SampleCompetition.Request("权限矩阵二", contestants: 2).WithChief());
        var administrator = await client.OrganizerTokenAsync();
        var negotiator = await client.CreateAccountAsync("negotiator");
        var tokens = new Dictionary<Caller, string?>
        {
            [Caller.Anonymous] = null,
            [Caller.Administrator] = administrator,
            [Caller.Organizer] = await client.OrganizerOfAsync(district.Id),
            [Caller.OtherOrganizer] = await client.OrganizerOfAsync(otherDistrict.Id),
            [Caller.HrOfficer] = await client.HrOfficerTokenAsync("随州市人社局"),
            [Caller.Negotiator] = (await client.SignInAsync(negotiator.Username, negotiator.Password)).Token,
            [Caller.Judge] = await client.JudgeTokenAsync(competition),
            [Caller.Chief] = await client.ChiefTokenAsync(competition),
            [Caller.OtherJudge] = await client.JudgeTokenAsync(other),
            [Caller.OtherChief] = await client.ChiefTokenAsync(other),
        };
        var victim = await client.SendAsync(HttpMethod.Post, "/api/accounts", new CreateAccountRequest($"victim-{Guid.NewGuid():N}"[..20], "a-long-enough-password", "organizer"), administrator);
        var victimId = (await victim.Content.ReadFromJsonAsync<AccountCreated>(PlatformClient.Json, TestContext.Current.CancellationToken))!.Id;

        var failures = new List<string>();
        foreach (var route in Routes.Where(r => r.Access != Access.SignedIn))
        {
            var path = route.Pattern.Replace("{id}", competition.Id.ToString())
                .Replace("{contestantId}", competition.Contestants[0].Id.ToString())
                .Replace("{moduleId}", competition.MarkingScheme.Modules[1].Id.ToString())
                .Replace("{sequence}", "1")
                .Replace("{accountId}", victimId.ToString())
                // Not the judge whose token the matrix uses: a PIN reset signs the judge out.
                .Replace("{judgeId}", competition.Judges[2].Id.ToString()).Replace("{organizationId}", otherDistrict.Id.ToString()).Replace("{kind}", "judges").Replace("{templateId}", "1")
                .Replace("{workerId}", "1").Replace("{assessmentId}", "1").Replace("{number}", "S000142130300262999999")
                .Replace("{agreementId}", "1").Replace("{surveyId}", "1").Replace("{name}", "rights-matrix").Replace("{purpose}", "message").Replace("{list}", "0");
            foreach (var (caller, token) in tokens)
            {
                var body = route.Method == "GET" ? null : new { };
                var response = await client.SendAsync(new HttpMethod(route.Method), path, body, token);
                var expected = Expected(route.Access, caller, route.Pattern.Contains("{id}"));
                var allowed = response.StatusCode is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden);
                if (expected is null ? !allowed : response.StatusCode != expected)
                {
                    failures.Add($"{route.Method} {route.Pattern} as {caller}: {(int)response.StatusCode}, expected {(expected is null ? "allowed" : ((int)expected).ToString())}");
                }
                Assert.True((int)response.StatusCode < 500, $"{route.Method} {path} as {caller} answered {(int)response.StatusCode}");
            }
        }
        Assert.Empty(failures);
    }

    /// <summary>Null: allowed. Otherwise the refusal this caller must get.</summary>
    /// <param name="ofCompetition">The route names a competition: an organizer who does not run it gets 404.</param>
    private static HttpStatusCode? Expected(Access access, Caller caller, bool ofCompetition) => (access, caller) switch
    {
        (Access.Public, _) => null,
        (Access.JuryUntilPublished, Caller.Administrator or Caller.Organizer or Caller.Chief) => null,
        (Access.JuryUntilPublished, _) => HttpStatusCode.Forbidden,
        (_, Caller.Anonymous) => HttpStatusCode.Unauthorized,
        (Access.Organizer or Access.Jury, Caller.Administrator or Caller.Organizer) => null,
        (Access.Organizer or Access.Jury, Caller.OtherOrganizer) => ofCompetition ? HttpStatusCode.NotFound : null,
        (Access.Administrator, Caller.Administrator) => null,
        (Access.Account, Caller.Administrator or Caller.Organizer or Caller.OtherOrganizer or Caller.HrOfficer or Caller.Negotiator) => null,
        (Access.Jury, Caller.Chief) => null,
        (Access.Chief, Caller.Chief) => null,
        (Access.JudgeOfCompetition, Caller.Judge or Caller.Chief) => null,
        (Access.HrOfficer, Caller.HrOfficer) => null,
        (Access.Negotiator or Access.Reporter, Caller.Negotiator or Caller.Administrator or Caller.Organizer or Caller.OtherOrganizer) => null,
        _ => HttpStatusCode.Forbidden,
    };

    private static string Normalise(string pattern) =>
        System.Text.RegularExpressions.Regex.Replace(pattern, @"\{(\w+)(:[a-z]+)?\}", "{$1}");
}
