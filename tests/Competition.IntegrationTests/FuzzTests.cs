using System.Net;
using System.Text;
using Competition.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Competition.IntegrationTests;

/// <summary>
/// Thousands of generated hostile requests — malformed, oversized, wrongly typed, injection-shaped, JSON
/// and CSV — against every API route, as an organizer, a chief judge and a judge: none may answer 5xx,
/// every refusal is problem+json, and nothing is stored. Runs alone, so the row counts mean something.
/// </summary>
[Collection(nameof(SerialTests))]
public sealed class FuzzTests(SharedPlatform platform)
{
    private static readonly string[] HostileStrings =
    [
        "", " ", "' OR 1=1 --", "\"; DROP TABLE Competitions; --", "<script>alert(1)</script>", "{{7*7}}", "${jndi:ldap://x}",
        "\u0000", "\u202Eevil", "../../etc/passwd", "%00", "NaN", "Infinity", "-1", "1e309", "0x10", new string('长', 5000),
    ];

    private static readonly string[] HostileNumbers = ["-1", "0", "-9223372036854775808", "9223372036854775808", "1e308", "-1e308", "0.0000000001", "1.5e-300"];

    private static readonly string[] PropertyNames =
    [
        "name", "occupation", "markingScheme", "modules", "aspects", "kind", "maxMark", "weight", "deductions", "levels", "aggregation",
        "contestants", "judges", "bib", "employer", "isChief", "outOfRanking", "rules", "tieBreaks", "awards", "theory",
        "submissionId", "contestantId", "aspectId", "value", "reason", "rows", "places", "judgeId", "agreedScore",
        "username", "password", "role", "organization", "refreshToken", "pin", "competitionId",
        "nationalId", "workerId", "occupationCode", "occupationEdition", "occupationName", "workType", "targetLevel", "route",
        "components", "score", "passMark", "examiners", "assessmentId", "contestClass", "level", "levelIfAlready", "topRanks",
        "topShare", "monthsBetweenPromotions", "ruleSet", "scope", "party", "region", "termStart", "termEnd",
        "statutoryMinimumMonthly", "minimumRaise", "referenceMonthly", "step", "stepValue", "allowances", "competitionBonuses", "monthly", "award", "amount",
        "hostOrganizationId", "industry", "district", "venue", "startsOn", "endsOn", "parentId", "organizationId",
    ];

    [Fact]
    public async Task Hostile_requests_to_every_route_get_problems_never_5xx_and_change_nothing()
    {
        var client = platform.Client;
        var competition = await client.CreateCompetitionAsync(SampleCompetition.Request("模糊测试", contestants: 2).WithChief());
        // The first draw takes no body, so any body would do; drawn, every further draw needs a real reason.
        (await client.SendAsync(HttpMethod.Post, $"/api/competitions/{competition.Id}/draw", null, await client.OrganizerTokenAsync())).EnsureSuccessStatusCode();
        var tokens = new[]
        {
            await client.OrganizerTokenAsync(), await client.ChiefTokenAsync(competition), await client.JudgeTokenAsync(competition),
            await client.HrOfficerTokenAsync("随州市总工会"),
        };
        var routes = platform.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/") == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(method => (Method: method, Endpoint: e)))
            .ToList();
        var before = await CountRowsAsync();
        var random = new Random(2026);
        var failures = new List<string>();
        var sent = 0;

        foreach (var (method, endpoint) in routes)
        {
            var parameters = endpoint.RoutePattern.Parameters.Select(p => p.Name).ToList();
            // Bulk issuance and the guidance and pay imports read their CSV bodies themselves, so they declare no accepted type.
            var acceptsBody = endpoint.Metadata.GetMetadata<IAcceptsMetadata>() is not null
                || (method == "POST" && (endpoint.RoutePattern.RawText!.EndsWith("/bulk") || endpoint.RoutePattern.RawText!.EndsWith("/import")
                    || endpoint.RoutePattern.RawText!.EndsWith("/surveys")));
            var requests = new List<(string Path, HttpContent? Body)>();
            // Bad route values on every route that takes some (with bodies that would not pass anyway).
            foreach (var bad in parameters.Count > 0 ? ["abc", "-1", "0", "99999999999999999999", "1%27%20OR%201%3D1", "%E4%B8%AD"] : Array.Empty<string>())
            {
                requests.Add((Path(endpoint, competition, parameters, bad), acceptsBody ? Json("{}") : null));
            }
            if (acceptsBody)
            {
                var path = Path(endpoint, competition, parameters, bad: null);
                foreach (var body in Bodies(random))
                {
                    requests.Add((path, body));
                }
            }
            foreach (var (path, body) in requests)
            {
                foreach (var token in tokens)
                {
                    using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = await CopyAsync(body) };
                    request.Headers.Authorization = new("Bearer", token);
                    var response = await client.Http.SendAsync(request, TestContext.Current.CancellationToken);
                    sent++;
                    var status = (int)response.StatusCode;
                    if (status >= 500 || status is >= 200 and < 300)
                    {
                        failures.Add($"{method} {path}: {status}");
                    }
                    else if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                    {
                        failures.Add($"{method} {path}: {status} as {response.Content.Headers.ContentType?.MediaType ?? "no body"}");
                    }
                }
            }
        }

        Assert.True(sent > 3000, $"only {sent} requests were sent");
        TestContext.Current.SendDiagnosticMessage($"{sent} hostile requests to {routes.Count} routes");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Distinct().Take(30)));
        Assert.Equal(before, await CountRowsAsync());
    }

    private static string Path(RouteEndpoint endpoint, Competition.Server.Competitions.CreatedCompetition competition, List<string> parameters, string? bad)
    {
        var path = endpoint.RoutePattern.RawText!;
        foreach (var name in parameters)
        {
            var value = bad ?? (name == "id" ? competition.Id.ToString() : "1");
            path = System.Text.RegularExpressions.Regex.Replace(path, $@"\{{{name}(:[a-z]+)?\}}", value);
        }
        return path;
    }

    private static IEnumerable<HttpContent> Bodies(Random random)
    {
        foreach (var text in new[] { "", "{", "}", "null", "[]", "\"text\"", "42", "true", "{\"a\":", "{\"a\":1,}", "{'name':'x'}",
                     new string('[', 600) + new string(']', 600), "{\"name\":\"" + new string('x', 200_000) + "\"}" })
        {
            yield return Json(text);
        }
        // CSV and other types where JSON is expected.
        yield return new StringContent("name,bib,employer\n张伟,001,齐星车身\n=cmd|' /C calc'!A0,002,x", Encoding.UTF8, "text/csv");
        // Sheets as the importers take them: ragged rows, bytes in no encoding, a header alone, a broken workbook,
        // as the raw body and as a browser's multipart upload (under the right field name and a wrong one).
        foreach (var sheet in new byte[][]
                 {
                     Encoding.UTF8.GetBytes("编号,姓名,单位\n001,甲,乙,丙,丁\n002\n"), [0x80, 0xFF, 0xFE, 0x2C, 0x0A, 0x81, 0x30],
                     Encoding.UTF8.GetBytes("name,nationalId,employer\n"), [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0xFF, 0xFF],
                 })
        {
            yield return new ByteArrayContent(sheet) { Headers = { ContentType = new("text/csv") } };
            yield return new MultipartFormDataContent { { new ByteArrayContent(sheet), "file", "sheet.csv" } };
        }
        yield return new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes("a,b\n1,2,3\n")), "upload", "x.xlsx" } };
        yield return new StringContent("<competition><name>x</name></competition>", Encoding.UTF8, "application/xml");
        yield return new StringContent("{\"name\":\"x\"}", Encoding.UTF8, "text/plain");
        // Objects with every known property set to something hostile or of the wrong type. Every property
        // is present, so an optional one (a lock's reason, a reveal's places) is never left at a valid default.
        for (var i = 0; i < 40; i++)
        {
            yield return Json("{" + string.Join(",", PropertyNames.Select(name => $"\"{name}\":{HostileValue(name, random, depth: 0)}")) + "}");
        }
    }

    /// <summary>Free text is valid whatever it says, so it gets the wrong type or an oversized value;
    /// everything else gets injection-shaped strings, extreme numbers, nulls and nesting.</summary>
    private static string HostileValue(string property, Random random, int depth)
    {
        if (FreeText.Contains(property))
        {
            return random.Next(4) switch
            {
                0 => HostileNumbers[random.Next(HostileNumbers.Length)],
                1 => "{\"x\":1}",
                2 => "true",
                _ => System.Text.Json.JsonSerializer.Serialize(new string('长', 5000)),
            };
        }
        return random.Next(depth < 2 ? 7 : 5) switch
        {
            0 => System.Text.Json.JsonSerializer.Serialize(HostileStrings[random.Next(HostileStrings.Length)]),
            1 => HostileNumbers[random.Next(HostileNumbers.Length)],
            2 => "null",
            3 => random.Next(2) == 0 ? "true" : "false",
            4 => "\"" + Guid.Empty + "\"",
            5 => "[" + string.Join(",", Enumerable.Range(0, random.Next(1, 4)).Select(_ => HostileValue(property, random, depth + 1))) + "]",
            _ => "{" + string.Join(",", PropertyNames.OrderBy(_ => random.Next()).Take(3).Select(n => $"\"{n}\":{HostileValue(n, random, depth + 1)}")) + "}",
        };
    }

    private static readonly HashSet<string> FreeText =
        ["name", "occupation", "employer", "reason", "organization", "username", "password", "bib", "levels", "occupationName", "workType", "examiners", "contestClass",
         "party", "region"];

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    /// <summary>Content is consumed by a send: each caller gets its own copy.</summary>
    private static async Task<HttpContent?> CopyAsync(HttpContent? content)
    {
        if (content is null)
        {
            return null;
        }
        var copy = new ByteArrayContent(await content.ReadAsByteArrayAsync());
        copy.Headers.ContentType = content.Headers.ContentType;
        return copy;
    }

    private async Task<string> CountRowsAsync()
    {
        await using var db = platform.Factory.Database.Contexts().CreateDbContext();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var counts = new List<string>();
        foreach (var table in new[] { "Competitions", "Contestants", "LedgerEvents", "Accounts", "RefreshTokens", "SignOuts", "AdminAudit", "AspectPanels",
                     "Workers", "Assessments", "Certificates", "CertificateStatusChanges", "PromotionRuleSets", "CompetitionPromotions", "CredentialKeys",
                     "WageGuidanceImports", "WageGuidanceRows", "Agreements", "PaySurveys", "Organizations", "Judges" })
        {
            var command = connection.CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
            counts.Add($"{table}={await command.ExecuteScalarAsync()}");
        }
        return string.Join(", ", counts);
    }
}
