using System.Net;
using System.Net.Http.Json;
using Competition.Domain;
using Competition.Domain.Competitions;
using Competition.Domain.Organizations;
using Competition.Grains.Contracts;
using Competition.Server.Accounts;
using Competition.Server.Audit;
using Competition.Server.Auth;
using Competition.Server.Competitions;
using Competition.Server.Jury;
using Competition.Testing;

namespace Competition.IntegrationTests.Organizing;

/// <summary>Organisations and organizers' scope, the competition's profile and list, clone, PIN reset and archive.</summary>
public sealed class ScopingAndLifecycleTests(SharedPlatform platform)
{
    private PlatformClient Client => platform.Client;

    [Fact]
    public async Task An_organizer_runs_the_competitions_of_their_organisation_and_those_below_it_and_no_others()
    {
        var district = await Client.OrganizationAsync($"曾都-{Guid.NewGuid():N}"[..12], OrganizationKind.DistrictUnion);
        var enterprise = await Client.OrganizationAsync($"程力工会-{Guid.NewGuid():N}"[..12], OrganizationKind.EnterpriseUnion, district.Id);
        var neighbour = await Client.OrganizationAsync($"广水-{Guid.NewGuid():N}"[..12], OrganizationKind.DistrictUnion);
        var districtOrganizer = await Client.OrganizerOfAsync(district.Id);
        var enterpriseOrganizer = await Client.OrganizerOfAsync(enterprise.Id);
        var neighbourOrganizer = await Client.OrganizerOfAsync(neighbour.Id);

        // The enterprise union's own contest: its organizer and the district above run it, the neighbour does not.
        var created = await Client.SendAsync(HttpMethod.Post, "/api/competitions", SampleCompetition.Request("企业赛"), enterpriseOrganizer);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var competition = (await created.Content.ReadFromJsonAsync<CreatedCompetition>(PlatformClient.Json, TestContext.Current.CancellationToken))!;
        var view = await Client.GetAsync<CompetitionView>($"/api/competitions/{competition.Id}");
        Assert.Equal(enterprise.Id, view.Profile.HostOrganizationId);

        var rules = $"/api/competitions/{competition.Id}/rules";
        Assert.Equal(HttpStatusCode.OK, (await Client.SendAsync(HttpMethod.Put, rules, new { }, districtOrganizer)).StatusCode);
        await (await Client.SendAsync(HttpMethod.Put, rules, new { }, neighbourOrganizer)).AssertProblemCodeAsync(HttpStatusCode.NotFound, "competition.not-found");
        await (await Client.SendAsync(HttpMethod.Get, $"/api/competitions/{competition.Id}/moderation", null, neighbourOrganizer))
            .AssertProblemCodeAsync(HttpStatusCode.NotFound, "competition.not-found");
        // Public reads stay public; the jury's view is not the neighbour's.
        Assert.Equal(HttpStatusCode.OK, (await Client.SendAsync(HttpMethod.Get, $"/api/competitions/{competition.Id}", null, neighbourOrganizer)).StatusCode);
        await (await Client.SendAsync(HttpMethod.Get, $"/api/competitions/{competition.Id}/leaderboard?view=jury", null, neighbourOrganizer))
            .AssertProblemCodeAsync(HttpStatusCode.NotFound, "competition.not-found");

        // Nobody holds a competition for an organisation outside their scope.
        await (await Client.SendAsync(HttpMethod.Post, "/api/competitions", SampleCompetition.Request() with { HostOrganizationId = district.Id }, enterpriseOrganizer))
            .AssertProblemCodeAsync(HttpStatusCode.Forbidden, "organization.outside-scope");
        Assert.Equal(HttpStatusCode.Created, (await Client.SendAsync(HttpMethod.Post, "/api/competitions",
            SampleCompetition.Request() with { HostOrganizationId = enterprise.Id }, districtOrganizer)).StatusCode);

        // The administrator runs everything.
        Assert.Equal(HttpStatusCode.OK, (await Client.SendAsync(HttpMethod.Put, rules, new { }, await Client.OrganizerTokenAsync())).StatusCode);
    }

    [Fact]
    public async Task The_registry_refuses_cycles_unknown_parents_and_second_names()
    {
        var admin = await Client.OrganizerTokenAsync();
        var top = await Client.OrganizationAsync($"上-{Guid.NewGuid():N}"[..10], OrganizationKind.DistrictUnion);
        var below = await Client.OrganizationAsync($"下-{Guid.NewGuid():N}"[..10], OrganizationKind.EnterpriseUnion, top.Id);

        await (await Client.SendAsync(HttpMethod.Put, $"/api/organizations/{top.Id}", new { name = top.Name, kind = "districtUnion", parentId = below.Id }, admin))
            .AssertProblemCodeAsync(HttpStatusCode.BadRequest, "organization.cycle");
        await (await Client.SendAsync(HttpMethod.Post, "/api/organizations", new { name = "孤儿", kind = "enterprise", parentId = 999_999 }, admin))
            .AssertProblemCodeAsync(HttpStatusCode.BadRequest, "organization.unknown-parent");
        await (await Client.SendAsync(HttpMethod.Post, "/api/organizations", new { name = below.Name, kind = "enterprise", parentId = top.Id }, admin))
            .AssertProblemCodeAsync(HttpStatusCode.Conflict, "organization.exists");
        await (await Client.SendAsync(HttpMethod.Post, "/api/organizations", new { name = "无上级", kind = "enterprise" }, admin))
            .AssertProblemCodeAsync(HttpStatusCode.BadRequest, "organization.parent-required");

        var organizations = await Client.GetAsync<List<Server.Organizations.OrganizationView>>("/api/organizations", admin);
        Assert.Single(organizations, o => o.ParentId is null && o.Kind == OrganizationKind.Federation);
    }

    [Fact]
    public async Task The_list_filters_by_year_level_industry_organisation_and_text_and_pages()
    {
        var district = await Client.OrganizationAsync($"列表区-{Guid.NewGuid():N}"[..12], OrganizationKind.DistrictUnion);
        var tag = Guid.NewGuid().ToString("N")[..6];
        for (var i = 0; i < 5; i++)
        {
            await Client.CreateCompetitionAsync(SampleCompetition.Request($"列表{tag}-{i}") with
            {
                HostOrganizationId = district.Id, Level = i % 2 == 0 ? CompetitionLevel.District : CompetitionLevel.Enterprise,
                Industry = "食用菌", StartsOn = new DateOnly(2025 + i % 2, 5, 1 + i), EndsOn = new DateOnly(2025 + i % 2, 5, 2 + i),
            }, start: false);
        }
        var mine = $"/api/competitions?organization={district.Id}";
        Assert.Equal(5, (await Client.GetAsync<List<CompetitionSummary>>(mine)).Count);
        Assert.Equal(3, (await Client.GetAsync<List<CompetitionSummary>>($"{mine}&year=2025")).Count);
        Assert.Equal(2, (await Client.GetAsync<List<CompetitionSummary>>($"{mine}&level=enterprise")).Count);
        Assert.Single(await Client.GetAsync<List<CompetitionSummary>>($"{mine}&q=列表{tag}-3"));
        Assert.Single(await Client.GetAsync<List<CompetitionSummary>>($"{mine}&on=2025-05-04"));
        Assert.Equal(5, (await Client.GetAsync<List<CompetitionSummary>>($"{mine}&industry=食用菌&status=draft")).Count);

        var page = await Client.Http.GetAsync($"{mine}&page=2&pageSize=2", TestContext.Current.CancellationToken);
        Assert.Equal("5", page.Headers.GetValues("X-Total-Count").Single());
        var second = (await page.Content.ReadFromJsonAsync<List<CompetitionSummary>>(PlatformClient.Json, TestContext.Current.CancellationToken))!;
        Assert.Equal([$"列表{tag}-2", $"列表{tag}-1"], second.Select(c => c.Name));
        Assert.All(second, c => Assert.Equal(district.Name, c.HostOrganization));

        await (await Client.SendAsync(HttpMethod.Get, "/api/competitions?status=finished", null, null)).AssertProblemCodeAsync(HttpStatusCode.BadRequest, "query.invalid");
        await (await Client.SendAsync(HttpMethod.Get, "/api/competitions?pageSize=100000", null, null)).AssertProblemCodeAsync(HttpStatusCode.BadRequest, "query.invalid");
    }

    [Fact]
    public async Task A_clone_is_a_new_draft_with_the_scheme_rules_and_profile_but_no_people_marks_or_pins()
    {
        var admin = await Client.OrganizerTokenAsync();
        var source = await Client.CreateCompetitionAsync(SampleCompetition.Request("2026 克隆源") with
        {
            Rules = Competition.Domain.Rules.CompetitionRules.Default with { DisagreementThreshold = 2 }, Industry = "专用汽车", Venue = "实训中心",
            StartsOn = new DateOnly(2026, 4, 20),
        });
        var response = await Client.SendAsync(HttpMethod.Post, $"/api/competitions/{source.Id}/clone", null, admin);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var clone = (await response.Content.ReadFromJsonAsync<CreatedCompetition>(PlatformClient.Json, TestContext.Current.CancellationToken))!;

        Assert.NotEqual(source.Id, clone.Id);
        Assert.Equal(CompetitionStatus.Draft, clone.Status);
        Assert.Empty(clone.Contestants);
        Assert.Empty(clone.Judges);
        Assert.Equal(2, clone.Rules.DisagreementThreshold);
        Assert.Equal(source.MarkingScheme.Modules.Select(m => (m.Name, m.Weight)), clone.MarkingScheme.Modules.Select(m => (m.Name, m.Weight)));
        Assert.Equal(source.MarkingScheme.Modules.SelectMany(m => m.Aspects).Select(Shape), clone.MarkingScheme.Modules.SelectMany(m => m.Aspects).Select(Shape));
        var view = await Client.GetAsync<CompetitionView>($"/api/competitions/{clone.Id}");
        Assert.Equal(("专用汽车", "实训中心", (DateOnly?)null), (view.Profile.Industry, view.Profile.Venue, view.Profile.StartsOn));
        // A draft without people cannot start.
        await (await Client.SendAsync(HttpMethod.Post, $"/api/competitions/{clone.Id}/start", null, admin))
            .AssertProblemCodeAsync(HttpStatusCode.Conflict, "competition.no-contestants");
    }

    private static string Shape(AspectView a) =>
        $"{a.Name}/{a.Kind}/{a.MaxMark:0.##}/{string.Join(",", a.Deductions.Select(d => d.ToString("0.##")))}/{string.Join("|", a.Levels)}/{a.Aggregation}";

    [Fact]
    public async Task A_reset_pin_replaces_the_old_one_at_once_and_ends_the_judges_sessions()
    {
        var admin = await Client.OrganizerTokenAsync();
        var competition = await Client.CreateCompetitionAsync(SampleCompetition.Request("重置密码"));
        var judge = competition.Judges[0];
        var oldToken = await Client.JudgeTokenAsync(competition);

        var response = await Client.SendAsync(HttpMethod.Post, $"/api/competitions/{competition.Id}/judges/{judge.Id}/pin", null, admin);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reset = (await response.Content.ReadFromJsonAsync<PinReset>(PlatformClient.Json, TestContext.Current.CancellationToken))!;
        Assert.Equal(judge.Id, reset.JudgeId);
        Assert.Matches("^[0-9]{8}$", reset.Pin);

        await (await Client.SendAsync(HttpMethod.Post, "/api/auth/judge", new JudgeTokenRequest(competition.Id, judge.Id, judge.Pin), null))
            .AssertProblemCodeAsync(HttpStatusCode.Unauthorized, "auth.refused");
        await (await Client.SendAsync(HttpMethod.Get, $"/api/competitions/{competition.Id}/marks/mine", null, oldToken)).AssertProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.OK, (await Client.SendAsync(HttpMethod.Post, "/api/auth/judge", new JudgeTokenRequest(competition.Id, judge.Id, reset.Pin), null)).StatusCode);
        await (await Client.SendAsync(HttpMethod.Post, $"/api/competitions/{competition.Id}/judges/999999/pin", null, admin))
            .AssertProblemCodeAsync(HttpStatusCode.NotFound, "judge.not-found");
        var audit = await Client.GetAsync<List<AdminAuditEntry>>("/api/admin/audit", admin);
        Assert.Contains(audit, e => e.Action == "judge.pin-reset" && e.Target == $"competition:{competition.Id}" && e.Detail == $"judge:{judge.Id}");
    }

    [Fact]
    public async Task Only_published_results_are_archived_and_an_archived_competition_takes_no_more_writes_but_stays_readable()
    {
        var admin = await Client.OrganizerTokenAsync();
        var competition = await Client.CreateCompetitionAsync(SampleCompetition.Request("归档测试").WithChief());
        var archive = $"/api/competitions/{competition.Id}/archive";
        await (await Client.SendAsync(HttpMethod.Post, archive, null, admin)).AssertProblemCodeAsync(HttpStatusCode.Conflict, "competition.not-published");

        var chief = await Client.ChiefTokenAsync(competition);
        (await Client.SendAsync(HttpMethod.Post, $"/api/competitions/{competition.Id}/results/lock", new LockRequest("归档测试：无评分"), chief)).EnsureSuccessStatusCode();
        Assert.Equal(CompetitionStatus.Published, (await Client.GetAsync<CompetitionView>($"/api/competitions/{competition.Id}")).Status);
        Assert.Equal(HttpStatusCode.OK, (await Client.SendAsync(HttpMethod.Post, archive, null, admin)).StatusCode);

        Assert.Equal(CompetitionStatus.Archived, (await Client.GetAsync<CompetitionView>($"/api/competitions/{competition.Id}")).Status);
        await (await Client.SendAsync(HttpMethod.Post, archive, null, admin)).AssertProblemCodeAsync(HttpStatusCode.Conflict, "competition.archived");
        await (await Client.SendAsync(HttpMethod.Post, $"/api/competitions/{competition.Id}/board/freeze", null, admin))
            .AssertProblemCodeAsync(HttpStatusCode.Conflict, "competition.archived");
        await (await Client.SendAsync(HttpMethod.Put, $"/api/competitions/{competition.Id}/profile", new ProfileRequest("归档测试", "焊工", Venue: "别处"), admin))
            .AssertProblemCodeAsync(HttpStatusCode.Conflict, "competition.archived");
        Assert.Equal(HttpStatusCode.OK, (await Client.Http.GetAsync($"/api/competitions/{competition.Id}/results.csv", TestContext.Current.CancellationToken)).StatusCode);
        var listed = await Client.GetAsync<List<CompetitionSummary>>("/api/competitions?status=archived&pageSize=500");
        Assert.Contains(listed, c => c.Id == competition.Id);
        Assert.DoesNotContain(await Client.GetAsync<List<CompetitionSummary>>("/api/competitions?archived=false&pageSize=500"), c => c.Id == competition.Id);
        var ledger = await Client.GetAsync<List<AuditEvent>>($"/api/competitions/{competition.Id}/audit", admin);
        Assert.Equal(["Started", "ResultsLocked", "Archived"], ledger.Select(e => e.Type));
    }

    [Fact]
    public async Task The_profile_changes_until_archived_but_the_name_only_in_draft()
    {
        var admin = await Client.OrganizerTokenAsync();
        var competition = await Client.CreateCompetitionAsync(SampleCompetition.Request("档案测试"), start: false);
        var profile = $"/api/competitions/{competition.Id}/profile";
        var changed = await Client.SendAsync(HttpMethod.Put, profile, new ProfileRequest("档案测试（改）", "焊工", Level: CompetitionLevel.Municipal,
            Venue: "随州职院", StartsOn: new DateOnly(2027, 4, 20), EndsOn: new DateOnly(2027, 4, 21)), admin);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var view = await Client.GetAsync<CompetitionView>($"/api/competitions/{competition.Id}");
        Assert.Equal(("档案测试（改）", CompetitionLevel.Municipal, "随州职院"), (view.Name, view.Profile.Level, view.Profile.Venue));

        (await Client.SendAsync(HttpMethod.Post, $"/api/competitions/{competition.Id}/start", null, admin)).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.OK, (await Client.SendAsync(HttpMethod.Put, profile, new ProfileRequest("档案测试（改）", "焊工", Venue: "新场地"), admin)).StatusCode);
        await (await Client.SendAsync(HttpMethod.Put, profile, new ProfileRequest("又改名", "焊工"), admin)).AssertProblemCodeAsync(HttpStatusCode.Conflict, "competition.not-draft");
        await (await Client.SendAsync(HttpMethod.Put, profile, new ProfileRequest("x", "焊工", StartsOn: new DateOnly(2027, 4, 20), EndsOn: new DateOnly(2027, 4, 19)), admin))
            .AssertProblemCodeAsync(HttpStatusCode.BadRequest, "validation");
    }

    [Fact]
    public async Task A_drafts_scheme_is_replaced_until_the_start_and_saved_as_a_template_a_new_draft_starts_from()
    {
        var admin = await Client.OrganizerTokenAsync();
        var draft = await Client.CreateCompetitionAsync(SampleCompetition.Request("方案替换"), start: false);
        var scheme = new MarkingSchemeRequest([new ModuleRequest("理论实操合一", 1m, [new AspectRequest("完成度", Competition.Domain.Marking.AspectKind.Graded, 20m)])]);
        var replaced = await Client.SendAsync(HttpMethod.Put, $"/api/competitions/{draft.Id}/scheme", scheme, admin);
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        var view = (await replaced.Content.ReadFromJsonAsync<CompetitionView>(PlatformClient.Json, TestContext.Current.CancellationToken))!;
        Assert.Equal(["完成度"], view.MarkingScheme.Modules.SelectMany(m => m.Aspects).Select(a => a.Name));
        await (await Client.SendAsync(HttpMethod.Put, $"/api/competitions/{draft.Id}/scheme", new MarkingSchemeRequest([]), admin))
            .AssertProblemCodeAsync(HttpStatusCode.BadRequest, "validation");

        var name = $"模板-{Guid.NewGuid():N}"[..12];
        var saved = await Client.SendAsync(HttpMethod.Post, "/api/templates", new Server.Templates.TemplateRequest(name, "6-18-02-04 焊工", scheme), admin);
        Assert.Equal(HttpStatusCode.Created, saved.StatusCode);
        var template = (await saved.Content.ReadFromJsonAsync<Server.Templates.TemplateView>(PlatformClient.Json, TestContext.Current.CancellationToken))!;
        Assert.Contains(await Client.GetAsync<List<Server.Templates.TemplateView>>("/api/templates", admin), t => t.Id == template.Id);
        var again = await Client.GetAsync<Server.Templates.TemplateView>($"/api/templates/{template.Id}", admin);
        Assert.Equal(20m, again.MarkingScheme.Modules[0].Aspects[0].MaxMark);
        await (await Client.SendAsync(HttpMethod.Post, "/api/templates", new Server.Templates.TemplateRequest(name, "x", scheme), admin))
            .AssertProblemCodeAsync(HttpStatusCode.Conflict, "template.exists");

        (await Client.SendAsync(HttpMethod.Post, $"/api/competitions/{draft.Id}/start", null, admin)).EnsureSuccessStatusCode();
        await (await Client.SendAsync(HttpMethod.Put, $"/api/competitions/{draft.Id}/scheme", scheme, admin))
            .AssertProblemCodeAsync(HttpStatusCode.Conflict, "competition.not-draft");
    }

    [Fact]
    public async Task A_clone_keeps_its_sources_panel_shape_and_its_judges_take_it_once_registered()
    {
        var admin = await Client.OrganizerTokenAsync();
        var source = await Client.CreateCompetitionAsync(SampleCompetition.Request("面板形状"), start: false);
        var aspects = source.MarkingScheme.Modules.SelectMany(m => m.Aspects).ToList();
        (await Client.SendAsync(HttpMethod.Put, $"/api/competitions/{source.Id}/panels", new PanelsDefinition(
            [new AspectPanelView(aspects[0].Id, [source.Judges[0].Id]), new AspectPanelView(aspects[1].Id, [source.Judges[1].Id, source.Judges[2].Id])], []), admin))
            .EnsureSuccessStatusCode();
        var clone = (await (await Client.SendAsync(HttpMethod.Post, $"/api/competitions/{source.Id}/clone", null, admin))
            .Content.ReadFromJsonAsync<CreatedCompetition>(PlatformClient.Json, TestContext.Current.CancellationToken))!;

        var judges = new List<long>();
        foreach (var name in new[] { "甲", "乙", "丙" })
        {
            Assert.Empty((await Client.GetAsync<CompetitionView>($"/api/competitions/{clone.Id}")).Panels);
            var added = await Client.SendAsync(HttpMethod.Post, $"/api/competitions/{clone.Id}/judges", new Server.Registration.JudgeEntryRequest(name, "单位" + name), admin);
            judges.Add((await added.Content.ReadFromJsonAsync<JudgeWithPin>(PlatformClient.Json, TestContext.Current.CancellationToken))!.Id);
        }
        var view = await Client.GetAsync<CompetitionView>($"/api/competitions/{clone.Id}");
        var cloned = view.MarkingScheme.Modules.SelectMany(m => m.Aspects).ToList();
        Assert.Equal([(cloned[0].Id, (IReadOnlyList<long>)[judges[0]]), (cloned[1].Id, [judges[1], judges[2]])],
            view.Panels.OrderBy(p => p.AspectId).Select(p => (p.AspectId, p.JudgeIds)).ToList(), new PanelComparer());
    }

    [Fact]
    public async Task Panels_set_without_assignments_leave_the_judges_assignments_as_they_are()
    {
        var admin = await Client.OrganizerTokenAsync();
        var draft = await Client.CreateCompetitionAsync(SampleCompetition.Request("保留分配"), start: false);
        var judge = draft.Judges[0];
        (await Client.SendAsync(HttpMethod.Put, $"/api/competitions/{draft.Id}/panels",
            new PanelsDefinition([], [new JudgeAssignmentView(judge.Id, [draft.Contestants[0].Id])]), admin)).EnsureSuccessStatusCode();
        var aspect = draft.MarkingScheme.Modules[0].Aspects[0].Id;
        (await Client.SendAsync(HttpMethod.Put, $"/api/competitions/{draft.Id}/panels", new { aspects = new[] { new { aspectId = aspect, judgeIds = new[] { judge.Id } } } }, admin))
            .EnsureSuccessStatusCode();
        (await Client.SendAsync(HttpMethod.Post, $"/api/competitions/{draft.Id}/start", null, admin)).EnsureSuccessStatusCode();

        var assignments = await Client.GetAsync<List<Assignment>>($"/api/competitions/{draft.Id}/marks/assignments", await Client.JudgeTokenAsync(draft));
        Assert.NotEmpty(assignments);
        Assert.All(assignments, a => Assert.Equal(draft.Contestants[0].Id, a.ContestantId));
        Assert.Contains(assignments, a => a.AspectId == aspect);
    }

    private sealed class PanelComparer : IEqualityComparer<(long, IReadOnlyList<long>)>
    {
        public bool Equals((long, IReadOnlyList<long>) x, (long, IReadOnlyList<long>) y) => x.Item1 == y.Item1 && x.Item2.SequenceEqual(y.Item2);

        public int GetHashCode((long, IReadOnlyList<long>) obj) => obj.Item1.GetHashCode();
    }
}
