using Competition.Data;
using Competition.Data.Entities;
using Competition.Domain.Certification;
using Competition.Domain.Ledger;
using Competition.Domain.Rules;
using Competition.Domain.Wages;
using Microsoft.EntityFrameworkCore;

namespace Competition.Seed;

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
    private const string ReferenceOccupation = "6-18-02-04";
    private const int ReferenceYear = 2025;
    private const string Actor = Actors.Platform;

    public static async Task<DemoAccount> SeedAsync(
        CompetitionDbContext db, IDemoPlatform platform, TimeProvider time, DateOnly today, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var password = await platform.EnsureAccountAsync(NegotiatorUsername, DemoRole.Negotiator, null, cancellationToken);
        var referenceMonthly = await ReferenceMonthlyAsync(db, cancellationToken);
        // Recorded by the negotiator, an account of the federation: its figures count them.
        var federationId = await db.Organizations.Where(o => o.ParentId == null).Select(o => o.Id).SingleAsync(cancellationToken);
        AgreementEntity Agreement(string name, AgreementScope scope, string party, DateOnly start, StepKind step, decimal stepValue,
            List<AwardAmount> bonuses, List<LevelAmount>? allowances = null) =>
            Proposal(name, scope, party, start, step, stepValue, bonuses, referenceMonthly, federationId, now, allowances);

        var year = today.Year;
        var industry = Agreement($"随州市制造业能级工资专项集体合同（{year}—{year + 1}）", AgreementScope.Industry, "制造业", new DateOnly(year, 1, 1),
            StepKind.FixedAmount, 300m, [new(Award.Gold, 3_000m), new(Award.Silver, 2_000m), new(Award.Bronze, 1_000m)]);
        (industry.Status, industry.SignedAt, industry.SignedBy, industry.WorkersCovered) = (AgreementStatus.Signed, now, Actor, 12_600);
        var nextYear = new DateOnly(year + 1, 1, 1);
        List<AwardAmount> enterpriseBonuses = [new(Award.Gold, 5_000m), new(Award.Silver, 3_000m), new(Award.Bronze, 2_000m), new(Award.Excellence, 800m)];
        var percentage = Agreement($"{Enterprise}方案A：每级 8%", AgreementScope.Enterprise, Enterprise, nextYear, StepKind.Percentage, 0.08m, enterpriseBonuses);
        var allowance = Agreement($"{Enterprise}方案B：技能津贴", AgreementScope.Enterprise, Enterprise, nextYear, StepKind.Allowance, 0m, enterpriseBonuses,
            [new(SkillLevel.Junior, 300m), new(SkillLevel.Intermediate, 500m), new(SkillLevel.Senior, 800m), new(SkillLevel.Technician, 1_200m),
                new(SkillLevel.SeniorTechnician, 2_000m)]);
        db.Agreements.AddRange(industry, percentage, allowance);

        var bands = platform.ReadPaySheet(await File.ReadAllBytesAsync(DemoFiles.PathOf("demo-pay-survey.csv"), cancellationToken));
        // Imported for the negotiator's organisation, the federation: only its accounts read this pay.
        var federation = await db.Organizations.Where(o => o.ParentId == null).Select(o => o.Name).SingleAsync(cancellationToken);
        db.PaySurveys.Add(new PaySurveyEntity
        {
            Enterprise = Enterprise, Region = Region, Year = ReferenceYear, OccupationCode = ReferenceOccupation, Bands = [.. bands],
            Organization = federation, ImportedBy = Actor, ImportedAt = now,
        });
        await db.SaveChangesAsync(cancellationToken);
        return new DemoAccount(NegotiatorUsername, DemoRole.Negotiator, null, password);
    }

    /// <summary>The reference every demo agreement keeps above: the guidance's P10 without a certificate.</summary>
    internal static async Task<decimal> ReferenceMonthlyAsync(CompetitionDbContext db, CancellationToken cancellationToken)
    {
        var reference = await db.WageGuidanceRows.NoCertificateRowAsync(Region, ReferenceYear, ReferenceOccupation, cancellationToken)
            ?? throw new InvalidOperationException("The demo guidance lacks the reference row.");
        return AgreementRules.ReferenceMonthly(reference, GuidancePercentile.P10);
    }

    /// <summary>An agreement as the demo writes them (proposed; the caller signs it): the minimum wage raised 10 %, above the
    /// reference, for a two-year term from <paramref name="start"/>, recorded by an account of <paramref name="organizationId"/>.</summary>
    internal static AgreementEntity Proposal(string name, AgreementScope scope, string party, DateOnly start, StepKind step, decimal stepValue,
        List<AwardAmount> bonuses, decimal referenceMonthly, long organizationId, DateTimeOffset now, List<LevelAmount>? allowances = null) => new()
    {
        Name = name, Scope = scope, Party = party, Region = Region, TermStart = start, TermEnd = start.AddYears(2).AddDays(-1),
        StatutoryMinimumMonthly = MinimumWage, MinimumRaise = 0.10m, ReferenceMonthly = referenceMonthly,
        ReferencePercentile = GuidancePercentile.P10, ReferenceOccupationCode = ReferenceOccupation, ReferenceYear = ReferenceYear,
        Step = step, StepValue = stepValue, Allowances = allowances ?? [], CompetitionBonuses = bonuses, CreatedBy = Actor, CreatedAt = now,
        OrganizationId = organizationId,
    };
}
