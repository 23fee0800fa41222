using System.Net;
using System.Net.Http.Json;
using System.Text;
using Competition.Domain.Certification;
using Competition.Domain.Rules;
using Competition.Domain.Wages;
using Competition.Server.Agreements;
using Competition.Server.Bargaining;
using Competition.Testing;

namespace Competition.IntegrationTests.Wages;

/// <summary>An enterprise's pay imported, then set against the demo guidance and two proposals, costed.</summary>
public sealed class BargainingReportTests(SharedPlatform platform)
{
    private PlatformClient Client => platform.Client;
    private CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Pay_is_set_against_the_guidance_and_two_proposals_side_by_side_with_their_costs()
    {
        var organizer = await Client.OrganizerTokenAsync();
        var percentage = await AgreementAsync(organizer, StepKind.Percentage, 0.08m);
        var fixedStep = await AgreementAsync(organizer, StepKind.FixedAmount, 300m);
        await (await Client.PostCsvAsync(SurveyPath("齐星车身"), "level,monthlyPay,headcount\n高级工,-3000,10\n大师,3000,0\n", organizer))
            .AssertProblemCodeAsync(HttpStatusCode.BadRequest, "pay.invalid-rows");
        var survey = await SurveyAsync(organizer, "齐星车身");

        var report = await Client.GetAsync<BargainingReportView>(
            $"/api/bargaining/surveys/{survey.Id}/report?agreements={percentage},{fixedStep}&capacity=100000", organizer);

        Assert.Equal([percentage, fixedStep], report.Proposals.Select(p => p.Id));
        Assert.NotEmpty(report.Guidance);
        var senior = report.Report.Levels.Single(l => l.Level == SkillLevel.Senior);
        Assert.Equal((15, 3_200m), (senior.Headcount, senior.AverageMonthlyPay));
        Assert.NotNull(senior.GuidanceP50);
        Assert.Equal([3_149m, 3_400m], senior.ProposalFloors);
        Assert.Equal([22_680m, 52_800m], report.Report.Proposals.Select(p => p.AnnualTotal));
        Assert.Equal([true, true], report.Report.Proposals.Select(p => p.WithinCapacity));
        await (await Client.SendAsync(HttpMethod.Get, $"/api/bargaining/surveys/{survey.Id}/report?agreements=999999", null, organizer))
            .AssertProblemCodeAsync(HttpStatusCode.NotFound, "agreement.not-found");
        Assert.Contains(await Client.GetAsync<List<PaySurveyView>>("/api/bargaining/surveys", organizer), s => s.Id == survey.Id);
    }

    [Fact]
    public async Task Competition_bonuses_are_costed_for_the_expected_awards_and_the_report_exports_as_a_spreadsheet()
    {
        var organizer = await Client.OrganizerTokenAsync();
        // Bonuses: gold 3,000, excellence 500 (see AgreementAsync).
        var percentage = await AgreementAsync(organizer, StepKind.Percentage, 0.08m);
        var fixedStep = await AgreementAsync(organizer, StepKind.FixedAmount, 300m);
        var survey = await SurveyAsync(organizer, "曾都汽车");
        var query = $"agreements={percentage},{fixedStep}&capacity=100000&awards=gold:2,excellence:3,bronze:1";

        var report = await Client.GetAsync<BargainingReportView>($"/api/bargaining/surveys/{survey.Id}/report?{query}", organizer);

        // 3,000 × 2 + 500 × 3 = 7,500 (no bronze bonus), on top of 22,680 and 52,800.
        Assert.Equal([7_500m, 7_500m], report.Report.Proposals.Select(p => p.AnnualBonuses));
        Assert.Equal([30_180m, 60_300m], report.Report.Proposals.Select(p => p.AnnualTotal));
        Assert.Equal([0.3018m, 0.603m], report.Report.Proposals.Select(p => p.ShareOfCapacity!.Value));

        var csv = await Client.SendAsync(HttpMethod.Get, $"/api/bargaining/surveys/{survey.Id}/report.csv?{query}", null, organizer);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var bytes = await csv.Content.ReadAsByteArrayAsync(Cancel);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]); // spreadsheet programs read Chinese only with it
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        Assert.StartsWith("等级,人数,平均月工资,", lines[0]);
        Assert.StartsWith("无证书,4,2400,", lines[1]);
        Assert.StartsWith("高级工,15,3200,", lines[2]);
        Assert.EndsWith(",7500", lines.Single(l => l.Contains("竞赛奖金")));
        Assert.EndsWith(",14,22680,0,30180,,14,52800,0,60300", lines.Single(l => l.StartsWith("合计,19,")));
        Assert.Contains("30.18%", lines.Last());

        foreach (var bad in new[] { "awards=gold:x", "awards=medal:1", "awards=gold:1,gold:2", "awards=gold:-1", "capacity=-5" })
        {
            await (await Client.SendAsync(HttpMethod.Get, $"/api/bargaining/surveys/{survey.Id}/report.csv?agreements={percentage}&{bad}", null, organizer))
                .AssertProblemCodeAsync(HttpStatusCode.BadRequest, "query.invalid");
        }
    }

    [Fact]
    public async Task An_enterprises_pay_is_read_only_by_the_organisation_that_imported_it()
    {
        var (_, ours, oursPassword) = await Client.CreateAccountAsync("negotiator", "随州市总工会");
        var (_, theirs, theirsPassword) = await Client.CreateAccountAsync("negotiator", "曾都区总工会");
        var ourToken = (await Client.SignInAsync(ours, oursPassword)).Token;
        var theirToken = (await Client.SignInAsync(theirs, theirsPassword)).Token;
        var agreement = await AgreementAsync(ourToken, StepKind.FixedAmount, 200m);
        var survey = await SurveyAsync(ourToken, "曾都汽车配件");

        Assert.Contains(await Client.GetAsync<List<PaySurveyView>>("/api/bargaining/surveys", ourToken), s => s.Id == survey.Id);
        Assert.DoesNotContain(await Client.GetAsync<List<PaySurveyView>>("/api/bargaining/surveys", theirToken), s => s.Id == survey.Id);
        foreach (var report in new[] { "report", "report.csv" })
        {
            await (await Client.SendAsync(HttpMethod.Get, $"/api/bargaining/surveys/{survey.Id}/{report}?agreements={agreement}", null, theirToken))
                .AssertProblemCodeAsync(HttpStatusCode.NotFound, "pay.not-found");
        }
        Assert.Equal(survey.Id, (await Client.GetAsync<BargainingReportView>($"/api/bargaining/surveys/{survey.Id}/report?agreements={agreement}", ourToken)).Survey.Id);
    }

    // The demo guidance for 焊工 in 随州市, 2025, is in the seed.
    private static string SurveyPath(string enterprise) =>
        $"/api/bargaining/surveys?enterprise={Uri.EscapeDataString(enterprise)}&region={Uri.EscapeDataString("随州市")}&year=2025&occupation=6-18-02-04";

    /// <summary>Senior workers at 3,000 (10) and 3,600 (5), four without a certificate at 2,400.</summary>
    private async Task<PaySurveyView> SurveyAsync(string token, string enterprise)
    {
        var imported = await Client.PostCsvAsync(SurveyPath(enterprise), "level,monthlyPay,headcount\n高级工,3000,10\n高级工,3600,5\n无证书,2400,4\n", token);
        Assert.Equal(HttpStatusCode.Created, imported.StatusCode);
        return (await imported.Content.ReadFromJsonAsync<PaySurveyView>(PlatformClient.Json, Cancel))!;
    }

    private async Task<long> AgreementAsync(string token, StepKind step, decimal value)
    {
        var response = await Client.SendAsync(HttpMethod.Post, "/api/agreements", new AgreementRequest(
            $"提案 {step}", AgreementScope.Enterprise, "齐星车身", "随州市", new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31),
            2_210m, 0.10m, 2_500m, step, value,
            CompetitionBonuses: [new AwardAmount(Award.Gold, 3_000m), new AwardAmount(Award.Excellence, 500m)]), token);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<AgreementView>(PlatformClient.Json, Cancel))!.Id;
    }
}
