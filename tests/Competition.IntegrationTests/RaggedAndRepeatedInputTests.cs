using System.Net;
using Competition.Grains.Contracts;
using Competition.Testing;

namespace Competition.IntegrationTests;

/// <summary>Input a client can send that once answered 500: repeated or impossible ids in panels, and sheet
/// rows with more fields than their header, for every importer. Each is a 400 with a stable code, and
/// nothing changes.</summary>
public sealed class RaggedAndRepeatedInputTests(SharedPlatform platform)
{
    private PlatformClient Client => platform.Client;

    [Fact]
    public async Task Panels_with_repeated_zero_or_negative_ids_are_refused_and_the_panels_stay_as_they_were()
    {
        var organizer = await Client.OrganizerTokenAsync();
        var competition = await Client.CreateCompetitionAsync(SampleCompetition.Request("重复编号测试"), start: false);
        var aspect = competition.MarkingScheme.Modules[0].Aspects[0].Id;
        var (judge, other) = (competition.Judges[0].Id, competition.Judges[1].Id);
        var contestant = competition.Contestants[0].Id;
        var path = $"/api/competitions/{competition.Id}/panels";
        var before = await Client.GetAsync<CompetitionView>($"/api/competitions/{competition.Id}", organizer);

        foreach (var hostile in new[]
        {
            new PanelsDefinition([new(aspect, [judge]), new(aspect, [other])]),
            new PanelsDefinition([new(aspect, [judge, judge])]),
            new PanelsDefinition([new(aspect, [0])]),
            new PanelsDefinition([new(aspect, [-judge])]),
            new PanelsDefinition([new(0, [judge])]),
            new PanelsDefinition([], [new(judge, [contestant]), new(judge, [contestant])]),
            new PanelsDefinition([], [new(judge, [contestant, contestant])]),
            new PanelsDefinition([], [new(judge, [0])]),
            new PanelsDefinition([], [new(-1, [contestant])]),
        })
        {
            await (await Client.SendAsync(HttpMethod.Put, path, hostile, organizer)).AssertProblemAsync(HttpStatusCode.BadRequest);
        }

        var after = await Client.GetAsync<CompetitionView>($"/api/competitions/{competition.Id}", organizer);
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(before.Panels), System.Text.Json.JsonSerializer.Serialize(after.Panels));
    }

    public static TheoryData<string, string, string> RaggedSheets => new()
    {
        { "/api/competitions/{id}/contestants/import", "编号,姓名,单位\n001,甲,程力专汽,多出来的,又一个\n", "organizer" },
        { "/api/competitions/{id}/judges/import", "姓名,单位\n陈静,随州职业技术学院,多,余\n", "organizer" },
        { "/api/competitions/{id}/theory/import", "编号,成绩\n001,80,90\n", "organizer" },
        { "/api/competitions/{id}/completion-times/import", "编号,用时\n001,55,66\n", "organizer" },
        { "/api/wage-guidance/import", "region,year,source,occupationCode,occupationEdition,industry,level,p10,p25,p50,p75,p90,mean,sampleSize,unit\n"
            + "随州市,2025,人社局,6-18-02-04,2022,,无证书,1,2,3,4,5,3,10,月,extra\n", "organizer" },
        { "/api/bargaining/surveys?enterprise=x&region=%E9%9A%8F%E5%B7%9E%E5%B8%82&year=2025&occupation=6-18-02-04", "level,monthlyPay,headcount\n高级工,3000,10,9\n", "organizer" },
        { "/api/certificates/bulk", "name,nationalId,employer,occupationCode,occupationEdition,occupationName,workType,level,route,theory,practical,review,examiners\n"
            + "唐宁,110101199001011237,随州邮政,4-02-07-01,2022,快递员,,高级工,social,80,81,,,extra,more\n", "hr" },
    };

    [Theory]
    [MemberData(nameof(RaggedSheets))]
    public async Task A_sheet_row_with_more_fields_than_its_header_is_refused_with_a_stable_code(string path, string csv, string who)
    {
        var competition = await Client.CreateCompetitionAsync(SampleCompetition.Request("参差行测试", contestants: 1), start: false);
        var token = who == "hr" ? await Client.HrOfficerTokenAsync("随州市总工会") : await Client.OrganizerTokenAsync();

        var response = await Client.PostCsvAsync(path.Replace("{id}", competition.Id.ToString()), csv, token);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("code").GetString()));
        var view = await Client.GetAsync<CompetitionView>($"/api/competitions/{competition.Id}", await Client.OrganizerTokenAsync());
        Assert.Single(view.Contestants);
        Assert.Equal(3, view.Judges.Count);
    }
}
