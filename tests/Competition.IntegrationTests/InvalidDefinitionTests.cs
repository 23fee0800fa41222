using System.Net;
using System.Net.Http.Json;
using Competition.Server.Competitions;
using Competition.Testing;

namespace Competition.IntegrationTests;

/// <summary>Runs alone (no other test creates competitions meanwhile), so "nothing stored" can be counted.</summary>
[Collection(nameof(SerialTests))]
public sealed class InvalidDefinitionTests(SharedPlatform platform)
{
    private PlatformClient Client => platform.Client;

    public static TheoryData<string, string> InvalidDefinitions => new()
    {
        { "no name", """{ "name": "", "occupation": "焊工", "markingScheme": { "modules": [ { "name": "实操", "weight": 1, "aspects": [ { "name": "a", "kind": "measurement", "maxMark": 10 } ] } ] }, "contestants": [ { "name": "张伟", "employer": "齐星", "bib": "001" } ], "judges": [ { "name": "陈静", "employer": "学院" } ] }""" },
        { "no modules", """{ "name": "赛", "occupation": "焊工", "markingScheme": { "modules": [] }, "contestants": [ { "name": "张伟", "employer": "齐星", "bib": "001" } ], "judges": [ { "name": "陈静", "employer": "学院" } ] }""" },
        { "zero max mark", """{ "name": "赛", "occupation": "焊工", "markingScheme": { "modules": [ { "name": "实操", "weight": 1, "aspects": [ { "name": "a", "kind": "judgement", "maxMark": 0 } ] } ] }, "contestants": [ { "name": "张伟", "employer": "齐星", "bib": "001" } ], "judges": [ { "name": "陈静", "employer": "学院" } ] }""" },
        { "negative weight", """{ "name": "赛", "occupation": "焊工", "markingScheme": { "modules": [ { "name": "实操", "weight": -1, "aspects": [ { "name": "a", "kind": "graded", "maxMark": 5 } ] } ] }, "contestants": [ { "name": "张伟", "employer": "齐星", "bib": "001" } ], "judges": [ { "name": "陈静", "employer": "学院" } ] }""" },
        { "duplicate bibs", """{ "name": "赛", "occupation": "焊工", "markingScheme": { "modules": [ { "name": "实操", "weight": 1, "aspects": [ { "name": "a", "kind": "graded", "maxMark": 5 } ] } ] }, "contestants": [ { "name": "张伟", "employer": "齐星", "bib": "001" }, { "name": "李娜", "employer": "齐星", "bib": "001" } ], "judges": [ { "name": "陈静", "employer": "学院" } ] }""" },
        { "null contestant", """{ "name": "赛", "occupation": "焊工", "markingScheme": { "modules": [ { "name": "实操", "weight": 1, "aspects": [ { "name": "a", "kind": "graded", "maxMark": 5 } ] } ] }, "contestants": [ null ], "judges": [ { "name": "陈静", "employer": "学院" } ] }""" },
        { "unknown aspect kind", """{ "name": "赛", "occupation": "焊工", "markingScheme": { "modules": [ { "name": "实操", "weight": 1, "aspects": [ { "name": "a", "kind": "vibes", "maxMark": 5 } ] } ] }, "contestants": [ { "name": "张伟", "employer": "齐星", "bib": "001" } ], "judges": [ { "name": "陈静", "employer": "学院" } ] }""" },
        { "malformed json", """{ "name": "赛", "occupation": """ },
        { "wrong type", """{ "name": 42, "occupation": "焊工" }""" },
        { "empty body", "" },
    };

    [Theory]
    [MemberData(nameof(InvalidDefinitions))]
    public async Task Invalid_definitions_get_a_400_problem_and_store_nothing(string why, string body)
    {
        var before = await CountCompetitionsAsync();

        var response = await Client.PostJsonTextAsync("/api/competitions", body, await Client.OrganizerTokenAsync());

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.TryGetProperty("title", out _), why);
        Assert.Equal(before, await CountCompetitionsAsync());
    }

    private async Task<int> CountCompetitionsAsync() =>
        (await Client.Http.GetFromJsonAsync<List<CompetitionSummary>>("/api/competitions", PlatformClient.Json, TestContext.Current.CancellationToken))!.Count;
}
