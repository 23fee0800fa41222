using Competition.Data;
using Competition.Data.Entities;
using Competition.Domain.Certification;
using Competition.Domain.Ledger;
using Competition.Domain.Rules;
using Competition.Domain.Wages;
using Competition.Seed;
using Competition.Server.Agreements;
using Competition.Server.Auth;
using Competition.Server.Bargaining;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Competition.Server.Hosting;

/// <summary>
/// The demo's bargaining part, after the synthetic guidance is in: the demo negotiator <c>union</c>, a
/// signed industry agreement for manufacturing (so the demo certificates in that industry show a floor),
/// two proposals for one demo enterprise and that enterprise's (invented) pay, so the bargaining page has
/// a report to show. Terms run from the start of the seeding year, so the signed one is in force.
/// </summary>
public static class DemoBargaining
{
    public const string NegotiatorUsername = "union";
    public const string Region = "随州市";
    public const string Enterprise = "程力专用汽车";

    // Hubei's first-class statutory minimum wage (2,210 yuan a month), raised 10 %, not below the demo
    // guidance's P10 without a certificate for 6-18-02-04 in 2025 (37,400 a year ≈ 3,117 a month), as the
    // 2025 national guidance suggests.
    private const decimal MinimumWage = 2_210m;
    private static readonly GuidanceReference LocalP10 = new(GuidancePercentile.P10, "6-18-02-04", 2025);

    /// <returns>The negotiator's generated password when one was generated now; otherwise null.</returns>
    public static async Task<string?> SeedAsync(IServiceProvider services, IConfiguration configuration, CancellationToken cancellationToken)
    {
        var time = services.GetRequiredService<TimeProvider>();
        var now = time.GetUtcNow();
        await using var db = services.GetRequiredService<IDbContextFactory<CompetitionDbContext>>().CreateDbContext();
        var password = await AdminAccount.EnsureAccountAsync(db, services.GetRequiredService<IPasswordHasher<AccountEntity>>(), NegotiatorUsername,
            Roles.Negotiator, null, configuration["Seed:DemoNegotiatorPassword"], time, cancellationToken);

        var year = services.GetRequiredService<PlatformCalendar>().Today().Year;
        var start = new DateOnly(year, 1, 1);
        var industry = await EntityAsync(db, new AgreementRequest(
            $"随州市制造业能级工资专项集体合同（{year}—{year + 1}）", AgreementScope.Industry, "制造业", Region, start, start.AddYears(2).AddDays(-1),
            MinimumWage, 0.10m, null, StepKind.FixedAmount, 300m,
            CompetitionBonuses: [new(Award.Gold, 3_000m), new(Award.Silver, 2_000m), new(Award.Bronze, 1_000m)], Reference: LocalP10), now, cancellationToken);
        (industry.Status, industry.SignedAt, industry.SignedBy) = (AgreementStatus.Signed, now, Actor);
        var nextYear = new DateOnly(year + 1, 1, 1);
        var percentage = new AgreementRequest(
            $"{Enterprise}方案A：每级 8%", AgreementScope.Enterprise, Enterprise, Region, nextYear, nextYear.AddYears(2).AddDays(-1),
            MinimumWage, 0.10m, null, StepKind.Percentage, 0.08m,
            CompetitionBonuses: [new(Award.Gold, 5_000m), new(Award.Silver, 3_000m), new(Award.Bronze, 2_000m), new(Award.Excellence, 800m)],
            Reference: LocalP10);
        var allowance = percentage with
        {
            Name = $"{Enterprise}方案B：技能津贴", Step = StepKind.Allowance, StepValue = 0m,
            Allowances = [new(SkillLevel.Junior, 300m), new(SkillLevel.Intermediate, 500m),
                new(SkillLevel.Senior, 800m), new(SkillLevel.Technician, 1_200m),
                new(SkillLevel.SeniorTechnician, 2_000m)],
        };
        db.Agreements.AddRange(industry, await EntityAsync(db, percentage, now, cancellationToken), await EntityAsync(db, allowance, now, cancellationToken));

        var (bands, _, _) = PayCsv.Read(await File.ReadAllBytesAsync(DemoFiles.PathOf("demo-pay-survey.csv"), cancellationToken));
        db.PaySurveys.Add(BargainingApi.ToEntity(Enterprise, Region, 2025, "6-18-02-04", bands, Actor, now));
        await db.SaveChangesAsync(cancellationToken);
        return password;
    }

    private static async Task<AgreementEntity> EntityAsync(CompetitionDbContext db, AgreementRequest request, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (resolved, _) = await AgreementsApi.ResolveReferenceAsync(db, request, cancellationToken);
        return AgreementsApi.ToEntity(resolved ?? throw new InvalidOperationException("The demo guidance lacks the reference row."), Actor, now);
    }

    private const string Actor = Actors.Platform;
}
