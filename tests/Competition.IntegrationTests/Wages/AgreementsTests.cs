using System.Net;
using System.Net.Http.Json;
using Competition.Domain.Certification;
using Competition.Domain.Rules;
using Competition.Domain.Wages;
using Competition.Server.Accounts;
using Competition.Server.Agreements;
using Competition.Testing;

namespace Competition.IntegrationTests.Wages;

/// <summary>Recording a skill-level wage agreement and reading back the floors it gives.</summary>
public sealed class AgreementsTests(SharedPlatform platform)
{
    private PlatformClient Client => platform.Client;

    private static AgreementRequest Agreement(StepKind step = StepKind.Percentage, decimal value = 0.08m) => new(
        "2026 年度专用车焊接岗位能级工资专项集体合同", AgreementScope.Enterprise, "齐星车身", "随州市",
        new DateOnly(2026, 1, 1), new DateOnly(2027, 12, 31), 2_210m, 0.10m, 2_500m, step, value,
        CompetitionBonuses: [new AwardAmount(Award.Gold, 3_000m), new AwardAmount(Award.Excellence, 500m)]);

    [Fact]
    public async Task An_agreement_is_recorded_with_the_floor_of_every_level_and_read_back()
    {
        var organizer = await Client.OrganizerTokenAsync();

        var response = await Client.SendAsync(HttpMethod.Post, "/api/agreements", Agreement(), organizer);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = (await response.Content.ReadFromJsonAsync<AgreementView>(PlatformClient.Json, TestContext.Current.CancellationToken))!;
        Assert.Equal(2_500m, created.Floors[0].MonthlyFloor);
        Assert.Null(created.Floors[0].Level);
        Assert.Equal(3_149m, created.Floors.Single(f => f.Level == SkillLevel.Senior).MonthlyFloor);
        var read = await Client.GetAsync<AgreementView>($"/api/agreements/{created.Id}", organizer);
        Assert.Equal(created.Floors, read.Floors);
        Assert.Equal(2, read.Agreement.CompetitionBonuses!.Count);
        Assert.Contains(await Client.GetAsync<List<AgreementView>>("/api/agreements", organizer), a => a.Id == created.Id);
    }

    [Fact]
    public async Task A_reversed_term_or_a_step_out_of_range_is_refused_and_nothing_is_stored()
    {
        var organizer = await Client.OrganizerTokenAsync();
        var name = UniqueName();

        await (await Client.SendAsync(HttpMethod.Post, "/api/agreements", Agreement() with { Name = name, TermEnd = new DateOnly(2025, 1, 1) }, organizer))
            .AssertProblemCodeAsync(HttpStatusCode.BadRequest, "validation");
        await (await Client.SendAsync(HttpMethod.Post, "/api/agreements", Agreement(value: 8m) with { Name = name }, organizer))
            .AssertProblemCodeAsync(HttpStatusCode.BadRequest, "validation");
        await (await Client.SendAsync(HttpMethod.Post, "/api/agreements", Agreement(StepKind.Allowance, 0m) with { Name = name }, organizer))
            .AssertProblemCodeAsync(HttpStatusCode.BadRequest, "validation");

        await AssertNoneNamedAsync(name, organizer);
    }

    [Fact]
    public async Task Amounts_too_large_for_the_arithmetic_are_refused_in_every_field_and_nothing_is_stored()
    {
        var organizer = await Client.OrganizerTokenAsync();
        var name = UniqueName();
        var huge = decimal.MaxValue / 10;

        foreach (var hostile in new[]
        {
            Agreement() with { Name = name, ReferenceMonthly = huge },
            Agreement() with { Name = name, StatutoryMinimumMonthly = huge },
            Agreement() with { Name = name, MinimumRaise = huge },
            Agreement(StepKind.FixedAmount, huge) with { Name = name },
            Agreement(StepKind.Allowance, 0m) with { Name = name, Allowances = [new LevelAmount(SkillLevel.Senior, huge)] },
            Agreement() with { Name = name, CompetitionBonuses = [new AwardAmount(Award.Gold, huge)] },
            Agreement() with { Name = name, ReferenceMonthly = -1m },
        })
        {
            await (await Client.SendAsync(HttpMethod.Post, "/api/agreements", hostile, organizer)).AssertProblemCodeAsync(HttpStatusCode.BadRequest, "validation");
        }

        await AssertNoneNamedAsync(name, organizer);
        Assert.Equal(HttpStatusCode.OK, (await Client.SendAsync(HttpMethod.Get, "/api/agreements", null, organizer)).StatusCode);
    }

    [Fact]
    public async Task A_proposal_is_signed_once_with_one_audit_entry_and_a_second_signature_is_refused()
    {
        var organizer = await Client.OrganizerTokenAsync();
        var created = await Client.SendAsync(HttpMethod.Post, "/api/agreements", Agreement() with { Name = $"签订测试 {Guid.NewGuid():N}" }, organizer);
        var proposal = (await created.Content.ReadFromJsonAsync<AgreementView>(PlatformClient.Json, TestContext.Current.CancellationToken))!;
        Assert.Equal(AgreementStatus.Proposed, proposal.Status);

        // Two people sign at the same moment: one signature counts.
        var attempts = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ =>
            Client.SendAsync(HttpMethod.Post, $"/api/agreements/{proposal.Id}/sign", null, organizer)));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], attempts.Select(a => a.StatusCode).Order());
        await attempts.Single(a => a.StatusCode == HttpStatusCode.Conflict).AssertProblemCodeAsync(HttpStatusCode.Conflict, "agreement.already-signed");
        var signed = await Client.GetAsync<AgreementView>($"/api/agreements/{proposal.Id}", organizer);
        Assert.Equal(AgreementStatus.Signed, signed.Status);
        Assert.NotNull(signed.SignedAt);
        var audit = await Client.GetAsync<List<AdminAuditEntry>>("/api/admin/audit", organizer);
        Assert.Single(audit, e => e.Action == "agreement.signed" && e.Detail == proposal.Agreement.Name);
        await (await Client.SendAsync(HttpMethod.Post, "/api/agreements/999999/sign", null, organizer))
            .AssertProblemCodeAsync(HttpStatusCode.NotFound, "agreement.not-found");
    }

    [Fact]
    public async Task A_reference_taken_from_the_guidance_is_its_percentile_as_a_monthly_figure_and_a_missing_one_is_refused()
    {
        var organizer = await Client.OrganizerTokenAsync();
        // The demo guidance: 6-18-02-04 without a certificate in 随州市, 2025, P10 37,400 a year = 3,117 a month (3,116.67 rounded).
        var reference = Agreement() with { ReferenceMonthly = null, Reference = new GuidanceReference(GuidancePercentile.P10, "6-18-02-04", 2025) };

        var response = await Client.SendAsync(HttpMethod.Post, "/api/agreements", reference, organizer);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = (await response.Content.ReadFromJsonAsync<AgreementView>(PlatformClient.Json, TestContext.Current.CancellationToken))!;
        Assert.Equal(3_117m, created.Agreement.ReferenceMonthly);
        Assert.Equal(reference.Reference, created.Agreement.Reference);
        Assert.Equal(3_117m, created.Floors[0].MonthlyFloor); // above 2,210 × 1.1 = 2,431

        var refused = reference with { Name = UniqueName() };
        await (await Client.SendAsync(HttpMethod.Post, "/api/agreements", refused with { Reference = reference.Reference! with { Year = 2019 } }, organizer))
            .AssertProblemCodeAsync(HttpStatusCode.BadRequest, "agreement.reference-not-found");
        await (await Client.SendAsync(HttpMethod.Post, "/api/agreements", refused with { ReferenceMonthly = 2_500m }, organizer))
            .AssertProblemCodeAsync(HttpStatusCode.BadRequest, "validation");
        await (await Client.SendAsync(HttpMethod.Post, "/api/agreements", refused with { Reference = reference.Reference! with { OccupationCode = "6-18" } }, organizer))
            .AssertProblemCodeAsync(HttpStatusCode.BadRequest, "validation");
        await AssertNoneNamedAsync(refused.Name, organizer);
    }

    // Other test classes add agreements to the same platform at the same time, so a refusal is checked by its own name, not by a count.
    private static string UniqueName() => $"被拒绝的合同 {Guid.NewGuid():N}";

    private async Task AssertNoneNamedAsync(string name, string token) =>
        Assert.DoesNotContain(await Client.GetAsync<List<AgreementView>>("/api/agreements", token), a => a.Agreement.Name == name);
}
