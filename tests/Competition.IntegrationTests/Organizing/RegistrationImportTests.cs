using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Competition.Domain;
using Competition.Domain.Rules;
using Competition.Grains.Contracts;
using Competition.Server.Auth;
using Competition.Server.Competitions;
using Competition.Server.Sheets;
using Competition.Testing;

namespace Competition.IntegrationTests.Organizing;

/// <summary>Registration, theory scores and completion times from the sheets offices send: .xlsx, CSV in
/// UTF-8 and in GB18030; every row checked, nothing saved when one is bad, the same file recognised.</summary>
public sealed class RegistrationImportTests(SharedPlatform platform)
{
    private PlatformClient Client => platform.Client;

    private async Task<(CreatedCompetition Competition, string Organizer)> DraftAsync(string name)
    {
        var organizer = await Client.OrganizerTokenAsync();
        var draft = await Client.CreateCompetitionAsync(SampleCompetition.Request(name) with { Contestants = [], Judges = [] }, start: false);
        return (draft, organizer);
    }

    private static async Task<RegistrationImported> ImportedAsync(HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.Created)
    {
        Assert.Equal(status, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<RegistrationImported>(PlatformClient.Json, TestContext.Current.CancellationToken))!;
    }

    [Fact]
    public async Task Thirty_contestants_from_an_xlsx_are_registered_numbered_and_linked_to_their_workers_and_the_same_file_twice_changes_nothing()
    {
        var (draft, organizer) = await DraftAsync("表格报名");
        var rows = Enumerable.Range(1, 30).Select(n => (IReadOnlyList<object>)[n <= 20 ? $"{n:000}" : "", $"选手{n}", n % 2 == 0 ? "齐星车身" : "程力专用汽车",
            n <= 10 ? Sheets.NationalId(n) : "", n == 30 ? "是" : "否"]).ToList();
        var workbook = Sheets.Xlsx(["编号", "姓名", "单位", "身份证号", "列外"], rows);
        var path = $"/api/competitions/{draft.Id}/contestants/import";

        var imported = await ImportedAsync(await Client.PostFileAsync(path, workbook, "报名表.xlsx", organizer));
        Assert.Equal(30, imported.Imported);
        var view = await Client.GetAsync<CompetitionView>($"/api/competitions/{draft.Id}", organizer);
        Assert.Equal(30, view.Contestants.Count);
        Assert.Equal(Enumerable.Range(1, 30).Select(n => $"{n:000}"), view.Contestants.Select(c => c.Bib).Order());
        Assert.True(view.Contestants.Single(c => c.Name == "选手30").OutOfRanking);
        Assert.Equal("齐星车身", view.Contestants.Single(c => c.Name == "选手2").Employer);

        var again = await ImportedAsync(await Client.PostFileAsync(path, workbook, "报名表.xlsx", organizer), HttpStatusCode.OK);
        Assert.True(again.AlreadyImported);
        Assert.Equal(30, (await Client.GetAsync<CompetitionView>($"/api/competitions/{draft.Id}")).Contestants.Count);

        // The same people in another file: their bibs and IDs are taken.
        var twice = await Client.PostFileAsync(path, Sheets.Xlsx(["编号", "姓名", "单位", "身份证号"], [["001", "选手1", "程力专用汽车", Sheets.NationalId(1)]]), "再报.xlsx", organizer);
        var problem = await twice.AssertProblemAsync(HttpStatusCode.BadRequest);
        var reasons = problem.GetProperty("rows")[0].GetProperty("reasons").EnumerateArray().Select(r => r.GetString()).ToList();
        Assert.Contains(reasons, r => r!.StartsWith("编号："));
        Assert.Contains(reasons, r => r!.StartsWith("身份证号："));
    }

    [Fact]
    public async Task Judges_from_a_gb18030_csv_each_get_a_pin_once_and_can_sign_in_with_it()
    {
        var (draft, organizer) = await DraftAsync("裁判报名");
        var csv = Sheets.Gb18030Csv("姓名,单位,总裁判\r\n陈静,随州职业技术学院,否\r\n王强,市特种设备检验所,0\r\n李娜,湖北省焊接学会,false\r\n赵建国,市总工会,是\r\n刘洋,齐星车身,\r\n");
        var imported = await ImportedAsync(await Client.PostFileAsync($"/api/competitions/{draft.Id}/judges/import", csv, "裁判.csv", organizer));

        Assert.Equal(["陈静", "王强", "李娜", "赵建国", "刘洋"], imported.Judges.Select(j => j.Name));
        Assert.Equal([false, false, false, true, false], imported.Judges.Select(j => j.IsChief));
        Assert.All(imported.Judges, j => Assert.Matches("^[0-9]{8}$", j.Pin));
        var chief = imported.Judges.Single(j => j.IsChief);
        Assert.Equal(HttpStatusCode.OK, (await Client.SendAsync(HttpMethod.Post, "/api/auth/judge", new JudgeTokenRequest(draft.Id, chief.Id, chief.Pin), null)).StatusCode);
        Assert.DoesNotContain(chief.Pin, await (await Client.SendAsync(HttpMethod.Get, $"/api/competitions/{draft.Id}", null, organizer)).Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_utf8_csv_with_english_headers_and_without_the_optional_columns_is_read_too_and_raw_csv_bodies_still_work()
    {
        var (draft, organizer) = await DraftAsync("英文表头");
        var withBom = Sheets.Utf8CsvWithBom("name,employer\n张伟,齐星车身\n王芳,程力专用汽车\n");
        var imported = await ImportedAsync(await Client.PostFileAsync($"/api/competitions/{draft.Id}/contestants/import", withBom, "entries.csv", organizer));
        Assert.Equal(["001", "002"], imported.Contestants.Select(c => c.Bib));
        var raw = await Client.PostCsvAsync($"/api/competitions/{draft.Id}/judges/import", "name,employer,isChief\n陈静,随州职业技术学院,1\n", organizer);
        Assert.True((await ImportedAsync(raw)).Judges.Single().IsChief);
    }

    [Fact]
    public async Task A_sheet_with_bad_rows_is_refused_whole_with_every_reason_by_spreadsheet_row_and_nothing_is_saved()
    {
        var (draft, organizer) = await DraftAsync("坏表");
        var badId = Sheets.NationalId(5)[..17] + (Sheets.NationalId(5)[17] == '0' ? '1' : '0');
        var sheet = Sheets.Xlsx(["编号", "姓名", "单位", "身份证号", "列外", "备注"],
        [
            ["001", "张伟", "齐星车身", Sheets.NationalId(1), "否", ""],
            ["001", "", "程力专用汽车", badId, "也许", ""],
            ["003", "李娜", "", Sheets.NationalId(1), "", ""],
        ]);
        var response = await Client.PostFileAsync($"/api/competitions/{draft.Id}/contestants/import", sheet, "坏表.xlsx", organizer);
        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("registration.invalid-rows", problem.GetProperty("code").GetString());
        var rows = problem.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("row").GetInt32(),
            r => r.GetProperty("reasons").EnumerateArray().Select(x => x.GetString()!).ToList());
        Assert.Equal([1, 3, 4], rows.Keys.Order());
        Assert.Contains("备注", rows[1].Single());
        Assert.Equal(4, rows[3].Count); // name, bib twice, the ID's check character, the yes/no column
        Assert.Contains(rows[3], r => r.StartsWith("姓名："));
        Assert.Contains(rows[3], r => r.StartsWith("编号：001 与第 2 行重复"));
        Assert.Contains(rows[3], r => r.StartsWith("身份证号："));
        Assert.Contains(rows[3], r => r.StartsWith("列外："));
        Assert.Contains(rows[4], r => r.StartsWith("单位："));
        Assert.Contains(rows[4], r => r.StartsWith("身份证号：与第 2 行是同一人"));
        Assert.Empty((await Client.GetAsync<CompetitionView>($"/api/competitions/{draft.Id}")).Contestants);

        await (await Client.PostFileAsync($"/api/competitions/{draft.Id}/contestants/import", "不是表格"u8.ToArray(), "x.csv", organizer))
            .AssertProblemCodeAsync(HttpStatusCode.BadRequest, "registration.unreadable");
        await (await Client.PostFileAsync($"/api/competitions/{draft.Id}/judges/import", Sheets.Gb18030Csv("姓名,总裁判\n陈静,否\n"), "x.csv", organizer))
            .AssertProblemCodeAsync(HttpStatusCode.BadRequest, "registration.unreadable");
    }

    [Fact]
    public async Task Registration_sheets_go_into_drafts_only()
    {
        var live = await Client.CreateCompetitionAsync(SampleCompetition.Request("开赛后报名"));
        await (await Client.PostFileAsync($"/api/competitions/{live.Id}/contestants/import", Sheets.Utf8CsvWithBom("姓名,单位\n迟到者,齐星车身\n"), "x.csv",
            await Client.OrganizerTokenAsync())).AssertProblemCodeAsync(HttpStatusCode.Conflict, "competition.not-draft");
    }

    [Fact]
    public async Task Theory_scores_and_completion_times_come_from_sheets_by_bib()
    {
        var organizer = await Client.OrganizerTokenAsync();
        var competition = await Client.CreateCompetitionAsync(SampleCompetition.Request("理论成绩导入") with
        {
            Rules = CompetitionRules.Default with { Theory = new TheoryComponent(0.3m, 100m) },
        });
        var bibs = competition.Contestants.Select(c => c.Bib).ToList();
        var bad = await Client.PostFileAsync($"/api/competitions/{competition.Id}/theory/import",
            Sheets.Xlsx(["编号", "成绩"], [[bibs[0], "86.5"], ["999", "70"], [bibs[0], "优"]]), "理论.xlsx", organizer);
        var rows = (await bad.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("row").GetInt32());
        Assert.Equal([3, 4], rows);

        var scores = Sheets.Xlsx(["编号", "姓名", "成绩"], bibs.Select((b, i) => (IReadOnlyList<object>)[b, $"选手{i}", 80 + i]).ToList());
        Assert.Equal(HttpStatusCode.OK, (await Client.PostFileAsync($"/api/competitions/{competition.Id}/theory/import", scores, "理论.xlsx", organizer)).StatusCode);
        var times = Sheets.Gb18030Csv("编号,用时\n" + string.Join("\n", bibs.Select((b, i) => $"{b},{90 + i}")));
        Assert.Equal(HttpStatusCode.OK, (await Client.PostFileAsync($"/api/competitions/{competition.Id}/completion-times/import", times, "用时.csv", organizer)).StatusCode);

        var results = await Client.GetAsync<ResultsView>($"/api/competitions/{competition.Id}/results", organizer);
        var first = results.Rows.Single(r => r.Bib == bibs[0]);
        Assert.Equal((80m, 90m), (first.Theory, first.CompletionMinutes));
    }

    [Fact]
    public async Task Each_sheet_has_a_blank_template_with_the_chinese_headers()
    {
        foreach (var (kind, header) in new[]
        {
            ("contestants", new[] { "编号", "姓名", "单位", "身份证号", "列外" }), ("judges", ["姓名", "单位", "总裁判"]),
            ("theory", ["编号", "成绩", "姓名"]), ("completion-times", ["编号", "用时", "姓名"]),
        })
        {
            var response = await Client.Http.GetAsync($"/api/sheet-templates/{kind}", TestContext.Current.CancellationToken);
            Assert.Equal(SheetsApi.XlsxType, response.Content.Headers.ContentType?.MediaType);
            var (read, rows) = Sheets.ReadXlsx(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
            Assert.Equal(header, read);
            Assert.Empty(rows);
        }
        await (await Client.SendAsync(HttpMethod.Get, "/api/sheet-templates/other", null, null)).AssertProblemCodeAsync(HttpStatusCode.NotFound, "template.not-found");
    }

    [Fact]
    public async Task The_other_importers_take_xlsx_and_gb18030_through_the_same_reader()
    {
        var organizer = await Client.OrganizerTokenAsync();
        var gb = Sheets.Gb18030Csv("level,monthlyPay,headcount\n高级工,5200,12\n技师,6400,4\n");
        var survey = await Client.PostFileAsync("/api/bargaining/surveys?enterprise=测试企业&region=随州市&year=2025&occupation=6-18-02-04", gb, "工资.csv", organizer);
        Assert.Equal(HttpStatusCode.Created, survey.StatusCode);
        var xlsx = Sheets.Xlsx(["level", "monthlyPay", "headcount"], [["中级工", 4300, 9]]);
        Assert.Equal(HttpStatusCode.Created, (await Client.PostFileAsync("/api/bargaining/surveys?enterprise=测试企业二&region=随州市&year=2025&occupation=6-18-02-04",
            xlsx, "工资.xlsx", organizer)).StatusCode);
    }
}
