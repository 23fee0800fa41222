using System.Net;
using System.Net.Http.Json;
using Competition.Data;
using Competition.Domain.Certification;
using Competition.Domain.Competitions;
using Competition.Domain.Organizations;
using Competition.Domain.Rules;
using Competition.Domain.Wages;
using Competition.Grains.Contracts;
using Competition.Server.Agreements;
using Competition.Server.Competitions;
using Competition.Server.Jury;
using Competition.Server.Registration;
using Competition.Server.Statistics;
using Competition.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace Competition.IntegrationTests.Reporting;

/// <summary>
/// The statistics over a small history built by hand in a district of its own (an enterprise union below it, a
/// neighbouring district beside it): what each figure counts, the roll-up, who sees what, the year before.
/// Competitions, results, certificates and agreements are made through the API; only their days are moved into
/// the past in the database, as a history would have them.
/// </summary>
public sealed class StatisticsTests(SharedPlatform platform)
{
    private PlatformClient Client => platform.Client;

    private sealed record History(long District, long Enterprise, long Neighbour, CreatedCompetition DistrictFinal, CreatedCompetition EnterpriseContest,
        string DistrictOrganizer, string EnterpriseOrganizer, string Negotiator, int AwardsInFinal, int TitlesInFinal);

    [Fact]
    public async Task A_districts_year_counts_its_competitions_people_results_certificates_and_agreements_with_the_year_before()
    {
        var history = await BuildAsync();

        var view = await Client.GetAsync<StatisticsView>($"/api/statistics?from=2025-01-01&to=2025-12-31&organization={history.District}", history.DistrictOrganizer);
        var (competitions, certification, wages) = (view.Figures.Competitions, view.Figures.Certification, view.Figures.Wages);
        Assert.Equal(history.District, view.OrganizationId);
        Assert.Equal(new DateOnly(2024, 1, 1), view.Figures.ComparedWith.From);

        // 2025: the district's final and the enterprise union's contest below it (the draft and the neighbour's do not count);
        // 2024: one competition of three.
        Assert.Equal((2, 1), (competitions.Held.Value, competitions.Held.Previous));
        Assert.Equal(1, competitions.Held.Change);
        Assert.Equal(1m, competitions.Held.ChangeRate);
        Assert.Equal([("district", 1L), ("enterprise", 1L)], competitions.ByLevel.Where(b => b.Figure.Value > 0).Select(b => (b.Key, b.Figure.Value)).Order());
        Assert.Equal(2, competitions.ByIndustry.Single(b => b.Key == "食用菌").Figure.Value);
        // Four in the final (a fifth withdrew) and two in the enterprise contest: six participations; the worker who entered
        // both counts once, the contestant without an ID as a person of their own.
        Assert.Equal((6L, 3L), (competitions.Participations.Value, competitions.Participations.Previous));
        Assert.Equal(5, competitions.DistinctWorkers.Value);
        Assert.Equal(8, competitions.JudgeSeats.Value);
        Assert.Equal(4, competitions.DistinctJudges.Value);
        // Everyone marked alike ties first: the four ranked share the gold and its title, as the results show.
        Assert.Equal((4, 4), (history.AwardsInFinal, history.TitlesInFinal));
        Assert.Equal(4, competitions.Awards.Value);
        Assert.Equal(4, competitions.ByAward.Single(b => b.Key == "gold").Figure.Value);
        Assert.Equal(4, competitions.HonoraryTitles.Value);
        Assert.Equal("技术能手", competitions.ByTitle.Single().Key);

        // Three decided by the district's HR office in 2025 (two passed), one in 2024; certificates: two in 2025 (one of them
        // revoked), one in 2024.
        Assert.Equal((3L, 1L), (certification.Decided.Value, certification.Decided.Previous));
        Assert.Equal(2, certification.Passed.Value);
        Assert.Equal(0.6667m, certification.PassRate);
        Assert.Equal(3, certification.ByRoute.Single(r => r.Route == "enterpriseSelfEvaluation").Decided.Value);
        Assert.Equal((2L, 1L), (certification.Certificates.Value, certification.Certificates.Previous));
        Assert.Equal(1, certification.Revocations.Value);
        Assert.Equal(1, certification.PrincipalTechnicians.Value);
        Assert.Equal(1, certification.ByLevel.Single(b => b.Key == "senior").Figure.Value);

        // One enterprise agreement signed in 2025, in force through 2026, covering 320 workers; the neighbour's is not ours.
        Assert.Equal((1L, 0L), (wages.Signed.Value, wages.Signed.Previous));
        Assert.Equal(1, wages.InForce.Value);
        Assert.Equal(1, wages.EnterprisesCovered.Value);
        Assert.Equal(320, wages.WorkersCovered.Value);
        Assert.Equal(3_000m, wages.Floors.Single(f => f.Level == "apprentice").AverageMonthlyMinimum);
        Assert.Equal(3_240m, wages.Floors.Single(f => f.Level == "junior").AverageMonthlyMinimum);

        // Each figure's list holds exactly what it counts.
        var query = $"from=2025-01-01&to=2025-12-31&organization={history.District}";
        var participations = await Client.GetAsync<StatisticsList>($"/api/statistics/lists/participations?{query}", history.DistrictOrganizer);
        Assert.Equal(6, participations.Count);
        var districtLevel = await Client.GetAsync<StatisticsList>($"/api/statistics/lists/competitions?{query}&by=level&key=district", history.DistrictOrganizer);
        Assert.Equal(1, districtLevel.Count);
        Assert.Equal(1, (await Client.GetAsync<StatisticsList>($"/api/statistics/lists/revocations?{query}", history.DistrictOrganizer)).Count);
    }

    [Fact]
    public async Task The_figures_roll_up_and_each_organisation_sees_only_its_own_subtree()
    {
        var history = await BuildAsync();
        const string year = "from=2025-01-01&to=2025-12-31";

        // The enterprise union sees its own contest only, and not the district above it.
        var enterprise = await Client.GetAsync<StatisticsView>($"/api/statistics?{year}", history.EnterpriseOrganizer);
        Assert.Equal(history.Enterprise, enterprise.OrganizationId);
        Assert.Equal(1, enterprise.Figures.Competitions.Held.Value);
        Assert.Equal(2, enterprise.Figures.Competitions.Participations.Value);
        await (await Client.SendAsync(HttpMethod.Get, $"/api/statistics?{year}&organization={history.District}", null, history.EnterpriseOrganizer))
            .AssertProblemCodeAsync(HttpStatusCode.NotFound, "organization.not-found");
        await (await Client.SendAsync(HttpMethod.Get, $"/api/statistics?{year}&organization={history.Neighbour}", null, history.DistrictOrganizer))
            .AssertProblemCodeAsync(HttpStatusCode.NotFound, "organization.not-found");

        // The district includes the enterprise union; the federation includes both districts.
        var district = await Client.GetAsync<StatisticsView>($"/api/statistics?{year}", history.DistrictOrganizer);
        Assert.Contains(enterprise.OrganizationName, district.Includes);
        var neighbour = await Client.GetAsync<StatisticsView>($"/api/statistics?{year}&organization={history.Neighbour}", await Client.OrganizerTokenAsync());
        var federation = await Client.GetAsync<StatisticsView>($"/api/statistics?{year}", await Client.OrganizerTokenAsync());
        Assert.True(federation.Figures.Competitions.Held.Value >= district.Figures.Competitions.Held.Value + neighbour.Figures.Competitions.Held.Value);
        Assert.True(federation.Figures.Wages.WorkersCovered.Value >= district.Figures.Wages.WorkersCovered.Value + neighbour.Figures.Wages.WorkersCovered.Value);
        // A negotiator's default is their own organisation.
        Assert.Equal(history.District, (await Client.GetAsync<StatisticsView>($"/api/statistics?{year}", history.Negotiator)).OrganizationId);
    }

    [Fact]
    public async Task The_workbook_has_a_sheet_per_table_with_chinese_headers_and_the_same_figures()
    {
        var history = await BuildAsync();
        var response = await Client.SendAsync(HttpMethod.Get, $"/api/statistics.xlsx?from=2025-01-01&to=2025-12-31&organization={history.District}", null, history.DistrictOrganizer);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        using var workbook = new MemoryStream(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));

        Assert.Contains("竞赛按级别", MiniExcel.GetSheetNames(workbook));
        Assert.Contains("统计口径", MiniExcel.GetSheetNames(workbook));
        var headline = MiniExcel.Query(workbook, useHeaderRow: true, sheetName: "概况").Cast<IDictionary<string, object?>>().ToList();
        var held = headline.Single(r => (string?)r["指标"] == "举办竞赛（场）");
        Assert.Equal((2d, 1d, 1d), (Convert.ToDouble(held["本期"]), Convert.ToDouble(held["上年同期"]), Convert.ToDouble(held["增减"])));
        var participations = headline.Single(r => (string?)r["指标"] == "参赛（人次）");
        Assert.Equal(6d, Convert.ToDouble(participations["本期"]));
    }

    [Fact]
    public async Task A_wrong_period_or_list_is_refused_with_its_code()
    {
        var admin = await Client.OrganizerTokenAsync();
        foreach (var query in new[] { "from=2025-13-01&to=2025-12-31", "from=2025-01-01", "from=2025-12-31&to=2025-01-01", "from=2001-01-01&to=2025-12-31" })
        {
            var code = query.StartsWith("from=2001", StringComparison.Ordinal) ? "statistics.period-too-long" : "statistics.invalid-period";
            await (await Client.SendAsync(HttpMethod.Get, $"/api/statistics?{query}", null, admin)).AssertProblemCodeAsync(HttpStatusCode.BadRequest, code);
        }
        // A value that is not a number never reaches the statistics: the framework refuses it, with a code all the same.
        await (await Client.SendAsync(HttpMethod.Get, "/api/statistics?organization=abc", null, admin)).AssertProblemCodeAsync(HttpStatusCode.BadRequest, "request.unreadable");
        await (await Client.SendAsync(HttpMethod.Get, "/api/statistics/lists/everything", null, admin)).AssertProblemCodeAsync(HttpStatusCode.NotFound, "statistics.unknown-list");
        await (await Client.SendAsync(HttpMethod.Get, "/api/statistics/lists/competitions?by=colour", null, admin)).AssertProblemCodeAsync(HttpStatusCode.BadRequest, "statistics.unknown-key");
        await (await Client.SendAsync(HttpMethod.Get, "/api/statistics?organization=999999", null, admin)).AssertProblemCodeAsync(HttpStatusCode.NotFound, "organization.not-found");
        // Judges, HR officers and the public have no statistics.
        Assert.Equal(HttpStatusCode.Unauthorized, (await Client.SendAsync(HttpMethod.Get, "/api/statistics", null, null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Client.SendAsync(HttpMethod.Get, "/api/statistics", null, await Client.HrOfficerTokenAsync("曾都区总工会"))).StatusCode);
    }

    /// <summary>
    /// A district with an enterprise union below and a neighbour beside it. 2025: the district's final (four with IDs,
    /// one of whom also enters the enterprise contest, and one without; one of those with an ID withdraws), the enterprise union's
    /// contest (two), a draft, and the neighbour's contest; 2024: the district's contest of three. The district's HR office
    /// decides three assessments in 2025 (two passed, one a principal technician) and one in 2024, and issues certificates
    /// on them (one revoked in 2025); its negotiator records and signs an enterprise agreement in 2025; the neighbour's one more.
    /// </summary>
    [Fact]
    public async Task Results_locked_before_they_were_stored_are_stored_at_the_next_start()
    {
        var ct = TestContext.Current.CancellationToken;
        var database = TestDatabase.New();
        var settings = new Dictionary<string, string> { ["Statistics:StoreLockedResultsAfter"] = "00:00:00" };
        CreatedCompetition competition;
        List<(long Id, int? Rank, Award? Award)> stored;
        await using (var before = new PlatformFactory(database, settings: settings))
        {
            var client = new PlatformClient(before.CreateClient());
            competition = await client.CreateCompetitionAsync(SampleCompetition.Request("存量成绩赛", contestants: 3).WithChief());
            await LockResultsAsync(client, competition);
            stored = await StoredAsync(database, competition.Id, ct);
            Assert.All(stored, c => Assert.NotNull(c.Rank));
        }
        // As a database from before the statistics has it: locked, nothing stored.
        await using (var db = database.Contexts().CreateDbContext())
        {
            await db.Contestants.Where(c => c.CompetitionId == competition.Id)
                .ExecuteUpdateAsync(c => c.SetProperty(x => x.FinalRank, (int?)null).SetProperty(x => x.Award, (Award?)null).SetProperty(x => x.Title, (string?)null), ct);
        }

        await using (var after = new PlatformFactory(database, settings: settings))
        {
            await Healthz.WaitAsync(new PlatformClient(after.CreateClient()).Http, TimeSpan.FromSeconds(30));
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while ((await StoredAsync(database, competition.Id, ct)).Any(c => c.Rank is null) && DateTime.UtcNow < deadline)
            {
                await Task.Delay(100, ct);
            }
            Assert.Equal(stored, await StoredAsync(database, competition.Id, ct));
        }
        await database.DeleteAsync();
    }

    private static async Task<List<(long Id, int? Rank, Award? Award)>> StoredAsync(TestDatabase database, long competitionId, CancellationToken ct)
    {
        await using var db = database.Contexts().CreateDbContext();
        return (await db.Contestants.AsNoTracking().Where(c => c.CompetitionId == competitionId).OrderBy(c => c.Id)
            .Select(c => new { c.Id, c.FinalRank, c.Award }).ToListAsync(ct)).Select(c => (c.Id, c.FinalRank, c.Award)).ToList();
    }

    private async Task<History> BuildAsync()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var district = await Client.OrganizationAsync($"统计区{tag}", OrganizationKind.DistrictUnion);
        var enterprise = await Client.OrganizationAsync($"统计企业{tag}", OrganizationKind.EnterpriseUnion, district.Id);
        var neighbour = await Client.OrganizationAsync($"邻区{tag}", OrganizationKind.DistrictUnion);
        var ids = Enumerable.Range(0, 4).Select(_ => Certifying.NewNationalId()).ToList();

        CreateCompetitionRequest Contest(string name, long host, CompetitionLevel level, DateOnly startsOn, IEnumerable<ContestantRequest> contestants) =>
            SampleCompetition.Request($"{name}{tag}").WithChief() with
            {
                HostOrganizationId = host, Level = level, Industry = "食用菌", District = "曾都区", StartsOn = startsOn, EndsOn = startsOn,
                Contestants = contestants.ToList(),
                Rules = CompetitionRules.Default with { Awards = new AwardRules { Titles = new Dictionary<Award, string> { [Award.Gold] = "技术能手" } } },
            };
        var final = await Client.CreateCompetitionAsync(Contest("区决赛", district.Id, CompetitionLevel.District, new DateOnly(2025, 5, 10), [
            new("甲", "程力专汽", "001", NationalId: ids[0]), new("乙", "齐星车身", "002", NationalId: ids[1]), new("丙", "程力专汽", "003", NationalId: ids[2]),
            new("丁", "齐星车身", "004"), new("戊", "程力专汽", "005", NationalId: Certifying.NewNationalId()),
        ]));
        var contest = await Client.CreateCompetitionAsync(Contest("企业赛", enterprise.Id, CompetitionLevel.Enterprise, new DateOnly(2025, 9, 1), [
            new("甲", "程力专汽", "001", NationalId: ids[0]), new("己", "程力专汽", "002", NationalId: ids[3]),
        ]));
        await Client.CreateCompetitionAsync(Contest("去年赛", district.Id, CompetitionLevel.District, new DateOnly(2024, 6, 1), [
            new("庚", "程力专汽", "001"), new("辛", "程力专汽", "002"), new("壬", "程力专汽", "003"),
        ]));
        await Client.CreateCompetitionAsync(Contest("草稿赛", district.Id, CompetitionLevel.District, new DateOnly(2025, 7, 1), [new("癸", "程力专汽", "001")]), start: false);
        await Client.CreateCompetitionAsync(Contest("邻区赛", neighbour.Id, CompetitionLevel.District, new DateOnly(2025, 7, 1), [new("子", "程力专汽", "001")]));

        var admin = await Client.OrganizerTokenAsync();
        var withdrawn = final.Contestants.Single(c => c.Bib == "005").Id;
        (await Client.SendAsync(HttpMethod.Post, $"/api/competitions/{final.Id}/contestants/{withdrawn}/withdraw",
            new WithdrawalRequest(Withdrawal.Withdrawn, "因病退赛"), admin)).EnsureSuccessStatusCode();
        var results = await LockResultsAsync(Client, final);

        var hr = await Client.HrOfficerTokenAsync(district.Name);
        var (first, second, third) = (await Client.RegisterWorkerAsync(hr, "甲"), await Client.RegisterWorkerAsync(hr, "乙"), await Client.RegisterWorkerAsync(hr, "丙"));
        var senior = await Client.RecordAssessmentAsync(hr, Certifying.PassedAssessment(first.Id));
        var principal = await Client.RecordAssessmentAsync(hr, Certifying.PassedAssessment(second.Id, SkillLevel.PrincipalTechnician));
        var failed = await Client.RecordAssessmentAsync(hr, Certifying.PassedAssessment(third.Id, theory: 40));
        var lastYear = await Client.RecordAssessmentAsync(hr, Certifying.PassedAssessment(third.Id, SkillLevel.Intermediate));
        var (kept, revoked, old) = (await Client.IssueAsync(hr, senior.Id), await Client.IssueAsync(hr, principal.Id), await Client.IssueAsync(hr, lastYear.Id));
        (await Client.ChangeStatusAsync(hr, revoked.Number, "revoke", "证书信息有误")).EnsureSuccessStatusCode();

        var negotiator = await NegotiatorOfAsync(district.Name);
        // An enterprise of its own: an agreement covers its workers, and the demo's certificates on this platform are not theirs.
        var agreement = await RecordAgreementAsync(negotiator, $"统计企业{tag}", 320);
        await RecordAgreementAsync(await NegotiatorOfAsync(neighbour.Name), $"邻区企业{tag}", 900);

        // The history's days: 2025 unless said otherwise.
        await using var db = platform.Factory.Services.GetRequiredService<IDbContextFactory<CompetitionDbContext>>().CreateDbContext();
        var in2025 = new DateTimeOffset(2025, 3, 1, 10, 0, 0, TimeSpan.FromHours(8));
        var in2024 = in2025.AddYears(-1);
        await db.Assessments.Where(a => a.Id == senior.Id || a.Id == principal.Id || a.Id == failed.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.DecidedAt, in2025), TestContext.Current.CancellationToken);
        await db.Assessments.Where(a => a.Id == lastYear.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.DecidedAt, in2024), TestContext.Current.CancellationToken);
        await db.Certificates.Where(c => c.Id == kept.Id || c.Id == revoked.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.IssuedAt, in2025), TestContext.Current.CancellationToken);
        await db.Certificates.Where(c => c.Id == old.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.IssuedAt, in2024), TestContext.Current.CancellationToken);
        await db.CertificateStatusChanges.Where(c => c.CertificateId == revoked.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.At, in2025.AddMonths(1)), TestContext.Current.CancellationToken);
        await db.Agreements.Where(a => a.Id == agreement).ExecuteUpdateAsync(s => s.SetProperty(a => a.SignedAt, in2025), TestContext.Current.CancellationToken);

        return new History(district.Id, enterprise.Id, neighbour.Id, final, contest, await Client.OrganizerOfAsync(district.Id), await Client.OrganizerOfAsync(enterprise.Id),
            negotiator, results.Rows.Count(r => r.Award is not null), results.Rows.Count(r => r.Title is not null));
    }

    /// <summary>Every judge marks everything, the chief locks: the results the grain stores for the statistics.</summary>
    private static async Task<ResultsView> LockResultsAsync(PlatformClient client, CreatedCompetition competition)
    {
        for (var judge = 0; judge < competition.Judges.Count; judge++)
        {
            if (!competition.Judges[judge].IsChief)
            {
                await client.MarkAssignmentsAsync(competition, await client.JudgeTokenAsync(competition, judge));
            }
        }
        var chief = await client.ChiefTokenAsync(competition);
        (await client.SendAsync(HttpMethod.Post, $"/api/competitions/{competition.Id}/results/lock", new LockRequest("统计测试"), chief)).EnsureSuccessStatusCode();
        return await client.GetAsync<ResultsView>($"/api/competitions/{competition.Id}/results", await client.OrganizerTokenAsync());
    }

    private async Task<string> NegotiatorOfAsync(string organization)
    {
        var (_, username, password) = await Client.CreateAccountAsync("negotiator", organization);
        return (await Client.SignInAsync(username, password)).Token;
    }

    /// <summary>An enterprise agreement for 2025–2026 (2,500 yuan minimum + 20 %, 8 % a level), signed; answers its id.</summary>
    private async Task<long> RecordAgreementAsync(string negotiator, string enterprise, int workers)
    {
        var request = new AgreementRequest($"{enterprise}能级工资专项集体合同", AgreementScope.Enterprise, enterprise, "随州市",
            new DateOnly(2025, 1, 1), new DateOnly(2026, 12, 31), 2_500m, 0.20m, null, StepKind.Percentage, 0.08m, WorkersCovered: workers);
        var created = await Client.SendAsync(HttpMethod.Post, "/api/agreements", request, negotiator);
        created.EnsureSuccessStatusCode();
        var agreement = (await created.Content.ReadFromJsonAsync<AgreementView>(PlatformClient.Json, TestContext.Current.CancellationToken))!;
        (await Client.SendAsync(HttpMethod.Post, $"/api/agreements/{agreement.Id}/sign", null, negotiator)).EnsureSuccessStatusCode();
        return agreement.Id;
    }
}
