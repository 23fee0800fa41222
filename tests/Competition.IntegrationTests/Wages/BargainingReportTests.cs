using System.Net;
using System.Net.Http.Json;
using System.Text;
using Competition.Domain.Certification;
using Competition.Domain.Wages;
using Competition.Server.Apis.Models;
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
        // The demo guidance for 焊工 in 随州市, 2025, is in the seed.
        var path = "/api/bargaining/surveys?enterprise=" + Uri.EscapeDataString("齐星车身") + "&region=" + Uri.EscapeDataString("随州市") + "&year=2025&occupation=6-18-02-04";

        await (await Client.PostCsvAsync(path, "level,monthlyPay,headcount\n高级工,-3000,10\n大师,3000,0\n", organizer)).AssertProblemCodeAsync(HttpStatusCode.BadRequest, "pay.invalid-rows");
        var imported = await Client.PostCsvAsync(path, "level,monthlyPay,headcount\n高级工,3000,10\n高级工,3600,5\n无证书,2400,4\n", organizer);
        Assert.Equal(HttpStatusCode.Created, imported.StatusCode);
        var survey = (await imported.Content.ReadFromJsonAsync<PaySurveyView>(PlatformClient.Json, Cancel))!;

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
    }

    private async Task<long> AgreementAsync(string token, StepKind step, decimal value)
    {
        var response = await Client.SendAsync(HttpMethod.Post, "/api/agreements", new AgreementRequest(
            $"提案 {step}", AgreementScope.Enterprise, "齐星车身", "随州市", new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31),
            2_210m, 0.10m, 2_500m, step, value), token);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<AgreementView>(PlatformClient.Json, Cancel))!.Id;
    }
}
