using System.Net;
using System.Net.Http.Json;
using System.Text;
using Competition.Domain.Certification;
using Competition.Domain.Wages;
using Competition.Server.WageGuidance;
using Competition.Testing;

namespace Competition.IntegrationTests.Wages;

/// <summary>Importing wage guidance: all rows or none, the same file recognised, then read back with filters.</summary>
public sealed class WageGuidanceImportTests(SharedPlatform platform)
{
    private const string Header = "region,year,source,occupationCode,occupationEdition,industry,level,p10,p25,p50,p75,p90,mean,sampleSize,unit";
    private PlatformClient Client => platform.Client;
    private CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_table_with_a_bad_row_imports_nothing_a_good_one_imports_once_and_reads_back_filtered()
    {
        var negotiator = await NegotiatorTokenAsync();
        var region = $"测试市{Guid.NewGuid():N}"[..12];
        string[] good =
        [
            $"{region},2025,{region}人社局 2025 年工资价位（合成）,4-02-07-03,2022,交通运输、仓储和邮政业,无证书,40000,45000,52000,60000,70000,53500,210,year",
            $"{region},2025,同上,4-02-07-03,2022,交通运输、仓储和邮政业,中级工,46000,52000,60000,69000,80000,61800,95,year",
            $"{region},2025,同上,4-02-07-03,2022,交通运输、仓储和邮政业,高级工,52000,59000,68000,78000,90000,70100,40,year",
        ];
        var bad = $"{region},2025,同上,4-02-07-03,2022,交通运输、仓储和邮政业,技师,70000,65000,80000,90000,99000,81000,12,year";

        var refused = await ImportAsync(negotiator, string.Join("\n", [Header, .. good, bad]));
        var problem = await refused.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("guidance.invalid-rows", problem.GetProperty("code").GetString());
        Assert.Equal(5, Assert.Single(problem.GetProperty("rows").EnumerateArray()).GetProperty("row").GetInt32());
        Assert.Empty(await ListAsync($"region={Uri.EscapeDataString(region)}"));

        var file = string.Join("\n", [Header, .. good]);
        var imported = await ImportAsync(negotiator, file);
        Assert.Equal(HttpStatusCode.Created, imported.StatusCode);
        var first = (await imported.Content.ReadFromJsonAsync<WageGuidanceImported>(PlatformClient.Json, Cancel))!;
        Assert.Equal((3, false), (first.Rows, first.AlreadyImported));

        var again = await ImportAsync(await Client.OrganizerTokenAsync(), file);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var repeated = (await again.Content.ReadFromJsonAsync<WageGuidanceImported>(PlatformClient.Json, Cancel))!;
        Assert.Equal((first.ImportId, true), (repeated.ImportId, repeated.AlreadyImported));
        // The same figures in another file contradict the stored table: refused, row by row.
        await (await ImportAsync(negotiator, string.Join("\n", [Header, good[1]]) + "\n")).AssertProblemCodeAsync(HttpStatusCode.BadRequest, "guidance.invalid-rows");

        var rows = await ListAsync($"region={Uri.EscapeDataString(region)}&year=2025&occupation=4-02-07-03");
        Assert.Equal(3, rows.Count);
        var senior = Assert.Single(await ListAsync($"region={Uri.EscapeDataString(region)}&level=senior"));
        Assert.Equal((SkillLevel.Senior, 52_000m, 68_000m, 90_000m, PayPeriod.Year), (senior.Level!.Value, senior.P10, senior.P50, senior.P90, senior.Unit));
        Assert.Null(Assert.Single(await ListAsync($"region={Uri.EscapeDataString(region)}&level=none")).Level);
        await (await Client.Http.GetAsync("/api/wage-guidance?level=master", Cancel)).AssertProblemCodeAsync(HttpStatusCode.BadRequest, "query.invalid");
    }

    private async Task<string> NegotiatorTokenAsync()
    {
        var (_, username, password) = await Client.CreateAccountAsync("negotiator");
        return (await Client.SignInAsync(username, password)).Token;
    }

    private Task<HttpResponseMessage> ImportAsync(string token, string csv) => Client.PostCsvAsync("/api/wage-guidance/import", csv, token);

    private Task<List<WageGuidanceRow>> ListAsync(string query) => Client.GetAsync<List<WageGuidanceRow>>($"/api/wage-guidance?{query}");
}
