using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Competition.Domain;
using Competition.Domain.Certification;
using Competition.Domain.Marking;
using Competition.Server.Assessments;
using Competition.Server.Certificates;
using Competition.Server.Jury;
using Competition.Server.Promotions;
using Competition.Server.Workers;
using Competition.Testing;

namespace Competition.IntegrationTests.Certification;

/// <summary>Promotion drafts from locked results, their approval into certificates, and bulk issuance from CSV.</summary>
public sealed class PromotionAndBulkTests(SharedPlatform platform)
{
    private const string Organization = "随州市总工会";
    private PlatformClient Client => platform.Client;
    private CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Locking_results_drafts_the_promotions_the_rules_give_and_an_approved_draft_becomes_a_certificate()
    {
        var organizer = await Client.OrganizerTokenAsync();
        var hr = await Client.HrOfficerTokenAsync(Organization);
        var ruleSet = $"municipal-{Guid.NewGuid():N}"[..20];
        (await Client.SendAsync(HttpMethod.Put, $"/api/promotion-rules/{ruleSet}", new PromotionRulesRequest(
            [new PromotionRule("municipal-class-1", SkillLevel.Senior, SkillLevel.Technician, TopRanks: 2)]), organizer)).EnsureSuccessStatusCode();
        var ids = Enumerable.Range(0, 3).Select(_ => Certifying.NewNationalId()).ToArray();
        // The runner-up was promoted a moment ago (an assessment passed today): the once-a-year cap holds them back.
        var runnerUp = await Client.RegisterWorkerAsync(hr, "选手2", ids[1]);
        await Client.RecordAssessmentAsync(hr, Certifying.PassedAssessment(runnerUp.Id, SkillLevel.Intermediate));
        var request = SampleCompetition.Request("晋级测试 焊工").WithChief();
        var competition = await Client.CreateCompetitionAsync(request with
        {
            Contestants = request.Contestants!.Select((c, i) => c with { NationalId = ids[i] }).ToList(),
        });
        (await Client.SendAsync(HttpMethod.Put, $"/api/competitions/{competition.Id}/promotion",
            new PromotionLink(ruleSet, "municipal-class-1", "6-18-02-04", "2022", "焊工", null, Organization), organizer)).EnsureSuccessStatusCode();
        var judge = await Client.JudgeTokenAsync(competition);
        var measurement = competition.MarkingScheme.Modules[0].Aspects.Single(a => a.Kind == AspectKind.Measurement).Id;
        decimal[] marks = [10m, 9m, 8m];
        for (var i = 0; i < 3; i++)
        {
            (await Client.SubmitMarkAsync(competition.Id, judge, competition.Contestants[i].Id, measurement, marks[i])).EnsureSuccessStatusCode();
        }

        (await Client.SendAsync(HttpMethod.Post, $"/api/competitions/{competition.Id}/results/lock",
            new LockRequest("test: only the measurement is marked"), await Client.ChiefTokenAsync(competition))).EnsureSuccessStatusCode();

        var drafts = await Client.GetAsync<List<AssessmentView>>($"/api/assessments?status=draft&competitionId={competition.Id}", hr);
        var draft = Assert.Single(drafts);
        Assert.Equal((SkillLevel.Senior, AssessmentRoute.Competition, 1, ruleSet, 1), (draft.TargetLevel, draft.Route, draft.Rank, draft.RuleSet, draft.RuleSetVersion));
        Assert.Equal(64, draft.LedgerHash!.Length);
        Assert.Contains("municipal-class-1 竞赛第 1 名 → 高级工", draft.ProposalReason);
        var again = await Client.SendAsync(HttpMethod.Post, $"/api/competitions/{competition.Id}/promotion/draft", null, organizer);
        var report = (await again.Content.ReadFromJsonAsync<DraftReport>(PlatformClient.Json, Cancel))!;
        Assert.Equal((0, 1), (report.Drafted, report.AlreadyDrafted));
        Assert.Contains("12 个月内只晋级一次", Assert.Single(report.Refused).Note);

        var approved = await Client.SendAsync(HttpMethod.Post, $"/api/assessments/{draft.Id}/approve", new DecisionRequest(null), hr);
        Assert.Equal(AssessmentStatus.Passed, (await approved.Content.ReadFromJsonAsync<AssessmentView>(PlatformClient.Json, Cancel))!.Status);
        await (await Client.SendAsync(HttpMethod.Post, $"/api/assessments/{draft.Id}/reject", new ReasonRequest("too late"), hr))
            .AssertProblemCodeAsync(HttpStatusCode.Conflict, "assessment.not-draft");
        var certificate = await Client.IssueAsync(hr, draft.Id);
        var verdict = await Client.VerifyAsync(certificate);
        Assert.Equal(CertificateState.Valid, verdict.State);
        Assert.Contains(draft.LedgerHash, verdict.Certificate!.Evidence);
        Assert.StartsWith("职业技能竞赛成绩晋级", verdict.Certificate.Criteria);
        Assert.Equal('S', certificate.Number[0]);

        // The worker's profile follows the result to the certificate; the runner-up's shows the result alone.
        var history = (await Client.GetAsync<WorkerProfile>($"/api/workers/{draft.WorkerId}", hr)).Competitions;
        var entry = Assert.Single(history);
        Assert.Equal((competition.Id, CompetitionStatus.Published, 1, 3), (entry.CompetitionId, entry.Status, entry.Result!.Rank, entry.Result.Ranked));
        var promotion = Assert.Single(entry.Promotions);
        Assert.Equal((draft.Id, AssessmentStatus.Passed, SkillLevel.Senior), (promotion.AssessmentId, promotion.Status, promotion.TargetLevel));
        Assert.Equal((certificate.Number, CertificateState.Valid), (Assert.Single(promotion.Certificates).Number, promotion.Certificates[0].State));
        var runnerUpEntry = Assert.Single((await Client.GetAsync<WorkerProfile>($"/api/workers/{runnerUp.Id}", hr)).Competitions);
        Assert.Equal((2, 0), (runnerUpEntry.Result!.Rank, runnerUpEntry.Promotions.Count));
    }

    [Fact]
    public async Task A_bulk_file_with_a_bad_row_issues_nothing_and_reports_every_bad_row()
    {
        // An organisation of its own: the certificate count must not move with other tests' certificates.
        var hr = await Client.HrOfficerTokenAsync($"{Organization}-{Guid.NewGuid():N}"[..30]);
        var (first, second) = (Certifying.NewNationalId(), Certifying.NewNationalId());
        const string header = "name,nationalId,employer,occupationCode,occupationEdition,occupationName,workType,level,route,theory,practical,review,examiners";
        var good = new[]
        {
            $"宋佳,{first},随州邮政,4-02-07-01,2022,快递员,,高级工,social,78,81,,王芳",
            $"韩雪,{second},随州邮政,4-02-07-01,2022,快递员,,技师,social,85,90,72,王芳;李强",
        };
        var before = await CertificateCountAsync(hr);

        var refused = await Client.PostCsvAsync("/api/certificates/bulk", string.Join("\n", [header, .. good, "唐宁,12345,随州邮政,4-02-07-01,2022,快递员,,高级工,social,50,81,,"]), hr);

        var problem = await refused.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("bulk.invalid-rows", problem.GetProperty("code").GetString());
        var row = Assert.Single(problem.GetProperty("rows").EnumerateArray());
        Assert.Equal(4, row.GetProperty("row").GetInt32());
        Assert.Equal(2, row.GetProperty("reasons").GetArrayLength());
        Assert.Equal(before, await CertificateCountAsync(hr));

        var issued = await Client.PostCsvAsync("/api/certificates/bulk", string.Join("\n", [header, .. good]), hr);
        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        var result = (await issued.Content.ReadFromJsonAsync<BulkIssued>(PlatformClient.Json, Cancel))!;
        Assert.Equal([2, 3], result.Certificates.Select(c => c.Row));
        Assert.Equal(before + 2, await CertificateCountAsync(hr));
        foreach (var certificate in result.Certificates)
        {
            Assert.Equal(CertificateState.Valid, (await Client.VerifyAsync(certificate.Number)).State);
        }
        var technician = await Client.GetAsync<CertificateView>($"/api/certificates/{result.Certificates[1].Number}/record", hr);
        Assert.Equal(SkillLevel.Technician, (await Client.VerifyAsync(technician)).Certificate!.Level);
    }

    private async Task<int> CertificateCountAsync(string hr) => (await Client.GetAsync<List<JsonElement>>("/api/certificates", hr)).Count;
}
