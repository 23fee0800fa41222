using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Competition.Domain;
using Competition.Grains.Contracts;
using Competition.Testing;

namespace Competition.IntegrationTests;

public sealed class CompetitionApiTests(SharedPlatform platform)
{
    private PlatformClient Client => platform.Client;

    [Fact]
    public async Task Creating_from_the_documented_json_answers_ids_everywhere_and_a_pin_per_judge()
    {
        const string body = """
            { "name": "2026 匠心杯 焊工", "occupation": "6-18-02-04 焊工",
              "markingScheme": { "modules": [ { "name": "实操", "weight": 1.0, "aspects": [
                  { "name": "焊缝尺寸", "kind": "measurement", "maxMark": 10 },
                  { "name": "外观质量", "kind": "judgement", "maxMark": 9 } ] } ] },
              "contestants": [ { "name": "张伟", "employer": "齐星车身", "bib": "001" } ],
              "judges": [ { "name": "陈静", "employer": "随州职业技术学院" } ] }
            """;
        var response = await Client.PostJsonTextAsync("/api/competitions", body, await Client.OrganizerTokenAsync());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        Assert.True(created.GetProperty("id").GetInt64() > 0);
        var module = created.GetProperty("markingScheme").GetProperty("modules")[0];
        Assert.True(module.GetProperty("id").GetInt64() > 0);
        Assert.All(module.GetProperty("aspects").EnumerateArray(), a => Assert.True(a.GetProperty("id").GetInt64() > 0));
        Assert.Equal("judgement", module.GetProperty("aspects")[1].GetProperty("kind").GetString());
        Assert.True(created.GetProperty("contestants")[0].GetProperty("id").GetInt64() > 0);
        var judge = created.GetProperty("judges")[0];
        Assert.True(judge.GetProperty("id").GetInt64() > 0);
        Assert.Matches("^[0-9]{8}$", judge.GetProperty("pin").GetString());
        Assert.Equal($"/api/competitions/{created.GetProperty("id").GetInt64()}", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Public_view_never_shows_pins()
    {
        var created = await Client.CreateCompetitionAsync(start: false);
        var json = await Client.Http.GetStringAsync($"/api/competitions/{created.Id}", TestContext.Current.CancellationToken);

        Assert.DoesNotContain("pin", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(created.Judges[0].Pin, json);
        var view = JsonSerializer.Deserialize<CompetitionView>(json, PlatformClient.Json)!;
        Assert.Equal(CompetitionStatus.Draft, view.Status);
        Assert.Equal(3, view.Contestants.Count);
    }

    [Fact]
    public async Task Starting_makes_the_competition_live_and_a_second_start_conflicts()
    {
        var created = await Client.CreateCompetitionAsync(start: false);
        var token = await Client.OrganizerTokenAsync();

        var started = await Client.SendAsync(HttpMethod.Post, $"/api/competitions/{created.Id}/start", null, token);
        Assert.Equal(HttpStatusCode.OK, started.StatusCode);
        var view = await started.Content.ReadFromJsonAsync<CompetitionView>(PlatformClient.Json, TestContext.Current.CancellationToken);
        Assert.Equal(CompetitionStatus.Live, view!.Status);

        var again = await Client.SendAsync(HttpMethod.Post, $"/api/competitions/{created.Id}/start", null, token);
        await again.AssertProblemCodeAsync(HttpStatusCode.Conflict, "competition.already-live");
    }

    [Fact]
    public async Task Unknown_competition_is_a_404_problem()
    {
        var token = await Client.OrganizerTokenAsync();
        await (await Client.Http.GetAsync("/api/competitions/999999", TestContext.Current.CancellationToken))
            .AssertProblemCodeAsync(HttpStatusCode.NotFound, "competition.not-found");
        await (await Client.Http.GetAsync("/api/competitions/999999/leaderboard", TestContext.Current.CancellationToken))
            .AssertProblemCodeAsync(HttpStatusCode.NotFound, "competition.not-found");
        await (await Client.SendAsync(HttpMethod.Post, "/api/competitions/999999/start", null, token))
            .AssertProblemCodeAsync(HttpStatusCode.NotFound, "competition.not-found");
    }

    [Fact]
    public async Task Creating_needs_an_organizer()
    {
        await (await Client.SendAsync(HttpMethod.Post, "/api/competitions", SampleCompetition.Request(), token: null))
            .AssertProblemAsync(HttpStatusCode.Unauthorized);
        await (await Client.SendAsync(HttpMethod.Post, "/api/competitions", SampleCompetition.Request(), token: "not-a-token"))
            .AssertProblemAsync(HttpStatusCode.Unauthorized);

        var judgeToken = await Client.JudgeTokenAsync(await Client.CreateCompetitionAsync());
        await (await Client.SendAsync(HttpMethod.Post, "/api/competitions", SampleCompetition.Request(), judgeToken))
            .AssertProblemAsync(HttpStatusCode.Forbidden);
    }
}
