using System.Net;
using System.Net.Http.Json;
using Competition.Domain;
using Competition.Domain.Wages;
using Competition.Grains.Contracts;
using Competition.Seed;
using Competition.Server.Agreements;
using Competition.Server.Auth;
using Competition.Server.Bargaining;
using Competition.Server.Certificates;
using Competition.Server.Competitions;
using Competition.Server.Hosting;
using Competition.Server.Statistics;
using Competition.Domain.Certification;
using Competition.Server.Promotions;
using Competition.Server.WageGuidance;
using Competition.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Competition.IntegrationTests;

public sealed class HealthAndDemoTests(SharedPlatform platform)
{
    [Fact]
    public async Task Health_answers_200_once_silo_and_database_are_ready_and_the_host_warmed_up()
    {
        await Healthz.WaitAsync(platform.Client.Http, TimeSpan.FromSeconds(30));
        var response = await platform.Client.Http.GetAsync("/healthz", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Before_a_host_reports_ready_it_has_loaded_every_running_competition()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var factory = new PlatformFactory(seedDemo: true);
        var client = new PlatformClient(factory.CreateDefaultClient(factory.BaseAddress));
        await Healthz.WaitAsync(client.Http, TimeSpan.FromSeconds(30));

        // What is loaded before anyone but the health check has asked anything.
        var grains = factory.Services.GetRequiredService<IGrainFactory>();
        var active = await grains.GetGrain<IManagementGrain>(0).GetActiveGrains(((GrainReference)grains.Competition(0)).GrainId.Type, ct);

        var competitions = await client.Http.GetFromJsonAsync<List<CompetitionSummary>>("/api/competitions", PlatformClient.Json, ct);
        var running = competitions!.Where(c => c.Status is CompetitionStatus.Live or CompetitionStatus.ResultsLocked)
            .Select(c => ((GrainReference)grains.Competition(c.Id)).GrainId).ToList();
        Assert.NotEmpty(running);
        Assert.Subset(active.ToHashSet(), running.ToHashSet());
    }

    [Fact]
    public async Task Demo_data_holds_four_competitions_from_our_users_industries()
    {
        var ct = TestContext.Current.CancellationToken;
        // Found by name: the other tests' competitions share this platform and fill its listing's pages.
        var demo = new List<CompetitionSummary>();
        foreach (var name in DemoCatalog.Load().Competitions.Select(c => c.Name))
        {
            var found = await platform.Client.Http.GetFromJsonAsync<List<CompetitionSummary>>($"/api/competitions?q={Uri.EscapeDataString(name)}", PlatformClient.Json, ct);
            demo.AddRange(found!.Where(c => c.Name == name));
        }

        Assert.True(demo.Count >= 4);
        foreach (var industry in new[] { "焊工", "装配", "食用菌", "快递" })
        {
            Assert.Contains(demo, c => c.Name.Contains(industry) || c.Occupation.Contains(industry));
        }
        Assert.All(demo, c => Assert.InRange(c.ContestantCount, 12, 60));
        Assert.All(demo, c => Assert.InRange(c.JudgeCount, 3, 7));
        Assert.Contains(demo, c => c.Status == CompetitionStatus.Live);
    }

    [Fact]
    public async Task Demo_contestants_have_Chinese_names_and_employers_and_judges_sign_in_with_the_demo_pin()
    {
        var ct = TestContext.Current.CancellationToken;
        var view = await platform.Client.Http.GetFromJsonAsync<Competition.Grains.Contracts.CompetitionView>("/api/competitions/1", PlatformClient.Json, ct);

        Assert.NotEmpty(view!.MarkingScheme.Modules);
        Assert.All(view.Contestants, c => Assert.Matches(@"^\p{IsCJKUnifiedIdeographs}{2,4}$", c.Name));
        Assert.All(view.Contestants, c => Assert.False(string.IsNullOrWhiteSpace(c.Employer)));
        var signIn = await platform.Client.Http.PostAsJsonAsync("/api/auth/judge",
            new JudgeTokenRequest(view.Id, view.Judges[0].Id, PlatformFactory.DemoJudgePin), PlatformClient.Json, ct);
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
    }

    [Fact]
    public async Task The_demo_district_organizer_runs_their_districts_demo_competitions_and_not_the_citys()
    {
        var organizer = (await platform.Client.SignInAsync(DemoSeeder.OrganizerUsername, PlatformClient.AdminPassword)).Token;
        var districts = await platform.Client.GetAsync<List<Competition.Server.Organizations.OrganizationView>>("/api/organizations", organizer);
        var zengdu = districts.Single(o => o.Name == DemoSeeder.OrganizerOrganization);
        var theirs = await platform.Client.GetAsync<List<CompetitionSummary>>($"/api/competitions?organization={zengdu.Id}", organizer);
        var postal = Assert.Single(theirs, c => c.Name.Contains("邮政快递"));
        Assert.Equal(System.Net.HttpStatusCode.OK, (await platform.Client.SendAsync(HttpMethod.Put, $"/api/competitions/{postal.Id}/rules", new { }, organizer)).StatusCode);
        var city = (await platform.Client.GetAsync<List<CompetitionSummary>>("/api/competitions?pageSize=500")).First(c => c.Name.Contains("专用车焊工"));
        Assert.Equal("随州市总工会", city.HostOrganization);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await platform.Client.SendAsync(HttpMethod.Post, $"/api/competitions/{city.Id}/board/freeze", null, organizer)).StatusCode);
    }

    [Fact]
    public async Task The_demo_hr_officer_signs_in_and_finds_signed_demo_certificates_one_of_them_revoked_and_competitions_linked_to_promotion_rules()
    {
        var hr = (await platform.Client.SignInAsync(DemoCertificates.HrUsername, PlatformClient.AdminPassword)).Token;
        var demo = DemoCertification.Load();

        var certificates = await platform.Client.GetAsync<List<CertificateView>>("/api/certificates", hr);
        // The seed issues them all at one moment, before any test runs.
        var seeded = certificates.Where(c => c.IssuedAt == certificates.Min(x => x.IssuedAt)).ToList();
        Assert.Equal(demo.Assessments.Sum(a => a.Count), seeded.Count);
        Assert.Single(seeded, c => c.State == Competition.Domain.Certification.CertificateState.Revoked);
        var valid = seeded.First(c => c.State == Competition.Domain.Certification.CertificateState.Valid);
        Assert.Equal(Competition.Domain.Certification.CertificateState.Valid, (await platform.Client.VerifyAsync(valid.Number)).State);
        var link = await platform.Client.GetAsync<PromotionLink>("/api/competitions/1/promotion", await platform.Client.OrganizerTokenAsync());
        Assert.Equal(demo.Promotions[0].RuleSet, link.RuleSet);
    }

    [Fact]
    public async Task Demo_wage_guidance_covers_every_demo_occupation_and_says_it_is_synthetic()
    {
        var rows = await platform.Client.GetAsync<List<Competition.Domain.Wages.WageGuidanceRow>>("/api/wage-guidance?region=%E9%9A%8F%E5%B7%9E%E5%B8%82&year=2025");

        var occupations = DemoCertification.Load().Promotions.Select(p => p.OccupationCode).ToHashSet();
        foreach (var occupation in occupations)
        {
            Assert.Contains(rows, r => r.OccupationCode == occupation && r.Level is null);
        }
        // Other tests import tables of their own into the same region and year.
        Assert.All(rows.Where(r => occupations.Contains(r.OccupationCode)), r => Assert.Contains("合成示例", r.Source));
    }

    [Fact]
    public async Task The_demo_negotiator_finds_a_report_ready_and_demo_certificates_in_manufacturing_show_the_signed_industry_floor()
    {
        var union = (await platform.Client.SignInAsync(DemoBargaining.NegotiatorUsername, PlatformClient.AdminPassword)).Token;
        var agreements = await platform.Client.GetAsync<List<AgreementView>>("/api/agreements", union);
        var survey = (await platform.Client.GetAsync<List<PaySurveyView>>("/api/bargaining/surveys", union)).Single(s => s.Enterprise == DemoBargaining.Enterprise);
        var proposals = agreements.Where(a => a.Agreement.Party == DemoBargaining.Enterprise && a.Status == AgreementStatus.Proposed).Select(a => a.Id).ToList();
        Assert.Equal(2, proposals.Count);

        var report = await platform.Client.GetAsync<BargainingReportView>(
            $"/api/bargaining/surveys/{survey.Id}/report?agreements={string.Join(',', proposals)}&capacity=600000", union);
        Assert.All(report.Report.Levels, level => Assert.NotNull(level.GuidanceP50));

        // The seeded certificates of 6-18-02-04 (manufacturing) are covered by the signed industry agreement.
        var hr = (await platform.Client.SignInAsync(DemoCertificates.HrUsername, PlatformClient.AdminPassword)).Token;
        var certificate = (await platform.Client.GetAsync<List<CertificateView>>("/api/certificates?state=valid", hr)).First(c => c.OccupationCode == "6-18-02-04");
        var guidance = await platform.Client.GetAsync<CertificateWageGuidance>($"/api/certificates/{certificate.Number}/wage-guidance?token={certificate.VerificationToken}");
        Assert.Equal("制造业", Assert.Single(guidance.Agreements).Party);
        Assert.NotNull(guidance.Band);
    }

    [Fact]
    public async Task The_demo_history_gives_five_years_of_synthetic_figures_after_the_four_demo_competitions()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var factory = new PlatformFactory(seedDemo: true, settings: new Dictionary<string, string> { ["Seed:DemoHistory"] = "true" });
        var client = new PlatformClient(factory.CreateDefaultClient(factory.BaseAddress));
        await Healthz.WaitAsync(client.Http, TimeSpan.FromSeconds(30));
        await factory.Services.GetRequiredService<DemoHistorySeeding>().Done.WaitAsync(TimeSpan.FromMinutes(2), ct);

        // The demo keeps ids 1–4; everything after is the archived, synthetic history.
        var contexts = factory.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<Competition.Data.CompetitionDbContext>>();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var competitions = db.Competitions.OrderBy(c => c.Id).Select(c => new { c.Id, c.Name, c.Status }).ToList();
        Assert.Equal(DemoCatalog.Load().Competitions.Select(c => c.Name), competitions.Take(4).Select(c => c.Name));
        Assert.Equal([1L, 2, 3, 4], competitions.Take(4).Select(c => c.Id));
        var history = competitions.Skip(4).ToList();
        Assert.NotEmpty(history);
        Assert.All(history, c => Assert.EndsWith(DemoHistory.Marker, c.Name));
        Assert.All(history, c => Assert.Equal(CompetitionStatus.Archived, c.Status));

        var admin = (await client.SignInAsync("admin", PlatformClient.AdminPassword)).Token;
        var today = factory.Services.GetRequiredService<PlatformCalendar>().Today();
        for (var year = today.Year - DemoHistory.Years; year < today.Year; year++)
        {
            var figures = (await client.GetAsync<StatisticsView>($"/api/statistics?from={year}-01-01&to={year}-12-31", admin)).Figures;
            Assert.True(figures.Competitions.Held.Value > 0, $"competitions in {year}");
            // Workers come back year after year; the results were ranked and stored when the platform loaded them.
            Assert.InRange(figures.Competitions.DistinctWorkers.Value, 1, figures.Competitions.Participations.Value - 1);
            Assert.True(figures.Competitions.Awards.Value > 0, $"awards in {year}");
            Assert.True(figures.Competitions.Promoted.Value > 0, $"promotions in {year}");
            Assert.True(figures.Certification.Certificates.Value > 0, $"certificates in {year}");
            Assert.True(figures.Wages.Signed.Value > 0, $"agreements in {year}");
        }

        // A historic certificate is signed as issued on its sitting's day, and verifies.
        var oldest = db.Certificates.AsEnumerable().MinBy(c => c.IssuedAt)!;
        Assert.Equal(today.Year - DemoHistory.Years, oldest.IssuedAt.ToOffset(TimeSpan.FromHours(8)).Year);
        var verified = await client.GetAsync<CertificateVerification>($"/api/certificates/{oldest.Number}/verify?token={oldest.VerificationToken}");
        Assert.Contains(verified.State, new[] { CertificateState.Valid, CertificateState.Expired });
    }
}
