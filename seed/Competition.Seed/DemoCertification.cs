using System.Text.Json;
using Bogus;
using Competition.Data;
using Competition.Data.Entities;
using Competition.Domain.Certification;
using Microsoft.EntityFrameworkCore;

namespace Competition.Seed;

/// <summary>
/// The certification part of the demo (<c>seed/data/demo-certification.json</c>): promotion rule sets,
/// the demo competitions linked to them, and generated workers with passed assessments, ready for the
/// host to certify (signing is the host's). Every demo contestant is registered with a generated national
/// ID, so locking a demo competition's results drafts promotions.
/// </summary>
public sealed record DemoCertification(
    string Organization,
    IReadOnlyList<DemoRuleSet> RuleSets,
    IReadOnlyList<DemoPromotion> Promotions,
    IReadOnlyList<DemoAssessments> Assessments)
{
    public const string Edition = "2022";
    private const string Seeder = "account:1";

    public static DemoCertification Load()
    {
        var path = DemoFiles.PathOf("demo-certification.json");
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<DemoCertification>(stream, StoredJson.Options) ?? throw new InvalidDataException($"{path} holds no demo certification data.");
    }

    /// <summary>A generated, well-formed national ID of someone born in Suizhou between 1970 and 2000.</summary>
    public static string NationalId(Faker faker) =>
        NationalIds.Complete($"421303{faker.Date.Between(new DateTime(1970, 1, 1), new DateTime(2000, 12, 31)):yyyyMMdd}{faker.Random.Number(0, 999):000}");

    /// <summary>Adds the rule sets, the links and the passed assessments (with their workers).</summary>
    public async Task SeedAsync(CompetitionDbContext db, Faker faker, Func<string, string> hashNationalId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var ruleSet in RuleSets)
        {
            db.PromotionRuleSets.Add(new PromotionRuleSetEntity
            {
                Name = ruleSet.Name, Version = 1, Rules = ruleSet.Rules.ToList(),
                MonthsBetweenPromotions = ruleSet.MonthsBetweenPromotions, CreatedBy = Seeder, CreatedAt = now,
            });
        }
        var competitions = await db.Competitions.ToDictionaryAsync(c => c.Name, c => c.Id, cancellationToken);
        foreach (var promotion in Promotions.Where(p => competitions.ContainsKey(p.Competition)))
        {
            db.CompetitionPromotions.Add(new CompetitionPromotionEntity
            {
                CompetitionId = competitions[promotion.Competition], RuleSetName = promotion.RuleSet, ContestClass = promotion.ContestClass,
                OccupationCode = promotion.OccupationCode, OccupationEdition = Edition, OccupationName = promotion.OccupationName, Organization = Organization,
            });
        }
        foreach (var group in Assessments)
        {
            for (var i = 0; i < group.Count; i++)
            {
                var nationalId = NationalId(faker);
                var worker = new WorkerEntity
                {
                    Name = faker.Name.LastName() + faker.Name.FirstName(), Employer = group.Employer,
                    NationalIdHash = hashNationalId(nationalId), NationalIdMasked = NationalIds.Mask(nationalId), CreatedAt = now,
                };
                db.Workers.Add(worker);
                await db.SaveChangesAsync(cancellationToken);
                var components = AssessmentGrading.Required(group.Level, group.Route)
                    .Select(kind => new AssessmentComponentEntity { Kind = kind, Score = faker.Random.Number(62, 96), PassMark = AssessmentGrading.DefaultPassMark })
                    .ToList();
                db.Assessments.Add(new AssessmentEntity
                {
                    WorkerId = worker.Id, Organization = Organization, OccupationCode = group.OccupationCode, OccupationEdition = Edition,
                    OccupationName = group.OccupationName, WorkType = group.WorkType, TargetLevel = group.Level, Route = group.Route,
                    Status = AssessmentStatus.Passed, Components = components, Examiners = [faker.Name.LastName() + faker.Name.FirstName()],
                    RecordedBy = Seeder, CreatedAt = now, DecidedBy = Seeder, DecidedAt = now,
                });
            }
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}

public sealed record DemoRuleSet(string Name, int MonthsBetweenPromotions, IReadOnlyList<PromotionRule> Rules);

public sealed record DemoPromotion(string Competition, string RuleSet, string ContestClass, string OccupationCode, string OccupationName);

public sealed record DemoAssessments(
    string OccupationCode, string OccupationName, SkillLevel Level, AssessmentRoute Route, int Count, string Employer, string? WorkType = null);
