using Bogus;
using Competition.Data;
using Competition.Data.Entities;
using Competition.Domain;
using Competition.Domain.Certification;
using Competition.Domain.Competitions;
using Competition.Domain.Ledger;
using Competition.Domain.Organizations;
using Competition.Domain.Rules;
using Competition.Domain.Wages;
using Microsoft.EntityFrameworkCore;

namespace Competition.Seed;

/// <summary>
/// Several years of synthetic history behind the demo, so the statistics and the annual report show trends on a
/// fresh start: archived competitions in the catalogue's occupations, hosted across the demo organisations, with a
/// pool of workers who come back year after year (so distinct workers are fewer than 人次); assessments in
/// sittings with their certificates (signed by the platform on the sitting's day), a few renewals and revocations;
/// wage agreements signed year by year. Everything is marked synthetic (<see cref="Marker"/> in each name) and comes
/// after the four demo competitions, which keep ids 1–4. Each competition's ledger is the platform's record (start,
/// theory scores, results locked, archived): the platform ranks and awards them when it loads them.
/// </summary>
public static class DemoHistory
{
    /// <summary>Ends the name of every synthetic competition and agreement.</summary>
    public const string Marker = "（模拟）";

    public const int Years = 5;
    private const int RandomSeed = 2021;
    private const int WorkerPool = 1_400;
    private const int JudgePool = 60;
    private const string Actor = Actors.Platform;

    /// <summary>How often each level is sought in a sitting, in percent.</summary>
    private static readonly (SkillLevel Level, int Weight)[] AssessedLevels =
    [
        (SkillLevel.Junior, 20), (SkillLevel.Intermediate, 30), (SkillLevel.Senior, 28), (SkillLevel.Technician, 14),
        (SkillLevel.SeniorTechnician, 6), (SkillLevel.PrincipalTechnician, 1), (SkillLevel.ChiefTechnician, 1),
    ];

    /// <summary>Seeds the history of the <see cref="Years"/> years before <paramref name="today"/>'s and of this year up to
    /// two weeks ago. Returns the competitions added, whose results the platform then ranks and stores.</summary>
    public static async Task<IReadOnlyList<long>> SeedAsync(
        CompetitionDbContext db, IDemoPlatform platform, Func<string, string> hashNationalId, TimeProvider time, DateOnly today,
        CancellationToken cancellationToken)
    {
        var faker = new Faker("zh_CN") { Random = new Randomizer(RandomSeed) };
        var now = time.GetUtcNow();
        var catalog = DemoCatalog.Load();
        var certification = DemoCertification.Load();
        var organizations = await db.Organizations.AsNoTracking().ToListAsync(cancellationToken);
        var hosts = organizations.Select(o => new Host(o, DistrictOf(o, organizations))).ToList();
        var workers = await WorkersAsync(db, faker, catalog, hashNationalId, now, cancellationToken);
        var judges = Enumerable.Range(0, JudgePool).Select(i =>
        {
            var template = catalog.Competitions[i % catalog.Competitions.Count];
            return (Name: faker.Name.LastName() + faker.Name.FirstName(), Employer: faker.PickRandom(template.JudgeEmployers.ToList()), Template: template);
        }).ToList();

        var competitions = new List<long>();
        var lastDay = today.AddDays(-14);
        for (var year = today.Year - Years; year <= today.Year; year++)
        {
            var growth = year - (today.Year - Years);
            var count = 16 + 3 * growth + faker.Random.Number(0, 3);
            var first = new DateOnly(year, 3, 1);
            var last = year == today.Year ? lastDay : new DateOnly(year, 12, 10);
            var held = new List<(CompetitionEntity Competition, DateTimeOffset Start, int Days)>();
            for (var n = 0; n < count && first <= last; n++)
            {
                var day = first.AddDays(faker.Random.Number(0, last.DayNumber - first.DayNumber));
                var host = faker.PickRandom(hosts);
                // An enterprise's union holds competitions in its own trade; the unions above, in any.
                var own = catalog.Competitions.Where(c => c.Employers.Contains(host.Organization.Name.Replace("工会", "", StringComparison.Ordinal))).ToList();
                var template = faker.PickRandom(own.Count > 0 ? own : catalog.Competitions.ToList());
                held.Add(Competition(db, faker, template, host, day, workers, judges));
            }
            // A year's competitions in one save, then their ledgers (which name the contestants' ids) in another.
            await db.SaveChangesAsync(cancellationToken);
            var scored = held.Select(h => (h.Competition, Scores: Ledger(db, faker, h.Competition, h.Start, h.Days))).ToList();
            await db.SaveChangesAsync(cancellationToken);
            // What is written is not read again: a short change tracker keeps every later save quick.
            db.ChangeTracker.Clear();
            competitions.AddRange(held.Select(h => h.Competition.Id));
            await PromoteAsync(db, platform, scored, certification.Organization, lastDay, cancellationToken);
            await SittingsAsync(db, platform, faker, certification, workers, year, growth, lastDay, cancellationToken);
            await AgreementsAsync(db, faker, catalog, hosts, year, growth, lastDay, now, cancellationToken);
        }
        return competitions;
    }

    private sealed record Host(OrganizationEntity Organization, string District);

    /// <summary>The district an organisation is in: a district union's own (its name without 总工会), the one above an enterprise's.</summary>
    private static string DistrictOf(OrganizationEntity organization, IReadOnlyList<OrganizationEntity> all) => organization.Kind switch
    {
        OrganizationKind.DistrictUnion => organization.Name.Replace("总工会", "", StringComparison.Ordinal),
        OrganizationKind.Federation => "",
        _ => all.FirstOrDefault(o => o.Id == organization.ParentId) is { } parent ? DistrictOf(parent, all) : "",
    };

    /// <summary>The workers who compete and are assessed over the years, each with the occupation of the catalogue they work in.</summary>
    private static async Task<List<(WorkerEntity Worker, DemoCompetition Trade)>> WorkersAsync(
        CompetitionDbContext db, Faker faker, DemoCatalog catalog, Func<string, string> hashNationalId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var workers = Enumerable.Range(0, WorkerPool).Select(i =>
        {
            var trade = catalog.Competitions[i % catalog.Competitions.Count];
            var nationalId = DemoCertification.NationalId(faker);
            return (Worker: new WorkerEntity
            {
                Name = faker.Name.LastName() + faker.Name.FirstName(), Employer = faker.PickRandom(trade.Employers.ToList()),
                NationalIdHash = hashNationalId(nationalId), NationalIdMasked = NationalIds.Mask(nationalId), CreatedAt = now,
            }, Trade: trade);
        }).ToList();
        db.Workers.AddRange(workers.Select(w => w.Worker));
        await db.SaveChangesAsync(cancellationToken);
        return workers;
    }

    /// <summary>An archived competition of the template's scheme, added to the context (not yet saved).</summary>
    private static (CompetitionEntity Competition, DateTimeOffset Start, int Days) Competition(
        CompetitionDbContext db, Faker faker, DemoCompetition template, Host host, DateOnly day,
        List<(WorkerEntity Worker, DemoCompetition Trade)> workers, List<(string Name, string Employer, DemoCompetition Template)> judges)
    {
        var (kind, days) = (host.Organization.Kind, faker.Random.Number(1, 2));
        var level = kind switch
        {
            OrganizationKind.Federation => faker.Random.Bool(0.15f) ? CompetitionLevel.Provincial : CompetitionLevel.Municipal,
            OrganizationKind.DistrictUnion => CompetitionLevel.District,
            _ => CompetitionLevel.Enterprise,
        };
        var district = host.District is { Length: > 0 } known ? known : faker.PickRandom("曾都区", "广水市", "随县");
        var start = new DateTimeOffset(day.ToDateTime(new TimeOnly(8, 30)), TimeSpan.FromHours(8));
        // Archived competitions keep no judge sign-in: their judges have no PIN.
        var competition = DemoSeeder.Build(template with { Contestants = 0, Judges = 0 }, faker, start.AddDays(-30), "", (_, _) => "");
        var occupation = template.Occupation[(template.Occupation.IndexOf(' ') + 1)..];
        competition.Name = $"{day.Year} {host.Organization.Name.Replace("总工会", "", StringComparison.Ordinal)}{occupation}职业技能竞赛{Marker}";
        competition.Status = CompetitionStatus.Archived;
        competition.StartedAt = start;
        // Ranked on a theory paper: the synthetic ledger holds scores, not marks.
        var rules = template.Rules ?? new CompetitionRules();
        competition.Rules = rules with { Theory = rules.Theory ?? new TheoryComponent(0.3m), Blind = false };
        (competition.HostOrganizationId, competition.Level, competition.Industry, competition.District, competition.Venue) =
            (host.Organization.Id, level, template.Industry, district, template.Venue);
        (competition.StartsOn, competition.EndsOn) = (day, day.AddDays(days - 1));
        var trade = workers.Where(w => w.Trade == template).ToList();
        competition.Contestants = faker.PickRandom(trade, Math.Min(trade.Count, faker.Random.Number(12, 36))).Select((w, i) => new ContestantEntity
        {
            Bib = (i + 1).ToString("000"), Name = w.Worker.Name, Employer = w.Worker.Employer, WorkerId = w.Worker.Id,
        }).ToList();
        competition.Judges = faker.PickRandom(judges.Where(j => j.Template == template), 3).Select((j, i) => new JudgeEntity
        {
            Name = j.Name, Employer = j.Employer, PinHash = "", IsChief = i == 0,
        }).ToList();
        db.Competitions.Add(competition);
        return (competition, start, days);
    }

    /// <summary>A saved competition's ledger (start, theory scores, results locked, archived), added to the context; answers the scores.</summary>
    private static IReadOnlyList<ContestantFigure> Ledger(CompetitionDbContext db, Faker faker, CompetitionEntity competition, DateTimeOffset start, int days)
    {
        var ledger = new DemoSeeder.DemoLedger(competition.Id, start);
        ledger.Append(new LedgerEvent(0, LedgerEventType.Started, start, Actor));
        var scores = competition.Contestants.Select(c => new ContestantFigure(c.Id, faker.Random.Number(48, 99))).ToList();
        ledger.Append(new LedgerEvent(0, LedgerEventType.TheoryImported, start.AddHours(3), Actor, Payload: CompetitionState.FiguresPayload(scores)));
        var end = start.AddDays(days - 1).AddHours(9);
        ledger.Append(new LedgerEvent(0, LedgerEventType.ResultsLocked, end, Actor));
        ledger.Append(new LedgerEvent(0, LedgerEventType.Archived, end.AddDays(7), Actor));
        db.LedgerEvents.AddRange(ledger.Events);
        return scores;
    }

    /// <summary>The best three on each competition's theory paper (the ranking's basis here) promoted through the competition
    /// route, decided and certified together on the 28th of the month after the competition.</summary>
    private static async Task PromoteAsync(
        CompetitionDbContext db, IDemoPlatform platform, IReadOnlyList<(CompetitionEntity Competition, IReadOnlyList<ContestantFigure> Scores)> held,
        string organization, DateOnly lastDay, CancellationToken cancellationToken)
    {
        var promoted = held.SelectMany(h =>
        {
            var (competition, code) = (h.Competition, h.Competition.Occupation.Split(' ')[0]);
            var month = competition.StartsOn!.Value.AddMonths(1);
            var decided = new DateOnly(month.Year, month.Month, 28);
            var at = new DateTimeOffset(decided.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8));
            return h.Scores.OrderByDescending(s => s.Value).Take(3).Select(best =>
            {
                var contestant = competition.Contestants.Single(c => c.Id == best.ContestantId);
                return new AssessmentEntity
                {
                    WorkerId = contestant.WorkerId!.Value, Organization = organization, OccupationCode = code, OccupationEdition = DemoCertification.Edition,
                    OccupationName = competition.Occupation[(code.Length + 1)..],
                    TargetLevel = competition.Level == CompetitionLevel.Enterprise ? SkillLevel.Senior : SkillLevel.Technician,
                    Route = AssessmentRoute.Competition, Status = AssessmentStatus.Passed, CompetitionId = competition.Id, ContestantId = contestant.Id,
                    RecordedBy = Actor, CreatedAt = at, DecidedBy = Actor, DecidedAt = at,
                };
            });
        }).Where(a => DateOnly.FromDateTime(a.DecidedAt!.Value.DateTime) <= lastDay).ToList();
        db.Assessments.AddRange(promoted);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        foreach (var day in promoted.GroupBy(a => a.DecidedAt!.Value))
        {
            await platform.IssueCertificatesAsync(day.Select(a => a.Id).ToList(), organization, day.Key, cancellationToken);
        }
    }

    /// <summary>The year's assessment sittings (评价批次): each decided on one day, its passes certified that day; later
    /// years renew a few certificates and revoke one.</summary>
    private static async Task SittingsAsync(
        CompetitionDbContext db, IDemoPlatform platform, Faker faker, DemoCertification certification,
        List<(WorkerEntity Worker, DemoCompetition Trade)> workers, int year, int growth, DateOnly lastDay, CancellationToken cancellationToken)
    {
        var issued = new List<string>();
        foreach (var month in new[] { 4, 6, 9, 11 })
        {
            var day = new DateOnly(year, month, faker.Random.Number(5, 25));
            if (day > lastDay)
            {
                break;
            }
            var at = new DateTimeOffset(day.ToDateTime(new TimeOnly(15, 0)), TimeSpan.FromHours(8));
            var sitting = faker.PickRandom(workers, 14 + 2 * growth + faker.Random.Number(0, 6)).Select(w =>
            {
                var level = faker.Random.WeightedRandom(AssessedLevels.Select(l => l.Level).ToArray(), AssessedLevels.Select(l => l.Weight / 100f).ToArray());
                var route = faker.Random.Bool(0.6f) ? AssessmentRoute.EnterpriseSelfEvaluation : AssessmentRoute.SocialEvaluationOrganisation;
                var passed = faker.Random.Bool(0.82f);
                var code = w.Trade.Occupation.Split(' ')[0];
                return new AssessmentEntity
                {
                    WorkerId = w.Worker.Id, Organization = certification.Organization, OccupationCode = code, OccupationEdition = DemoCertification.Edition,
                    OccupationName = w.Trade.Occupation[(code.Length + 1)..], TargetLevel = level, Route = route,
                    Status = passed ? AssessmentStatus.Passed : AssessmentStatus.Failed,
                    Components = AssessmentGrading.Required(level, route).Select(kind => new AssessmentComponentEntity
                    {
                        Kind = kind, Score = passed ? faker.Random.Number(62, 96) : faker.Random.Number(35, 59), PassMark = AssessmentGrading.DefaultPassMark,
                    }).ToList(),
                    Examiners = [faker.Name.LastName() + faker.Name.FirstName(), faker.Name.LastName() + faker.Name.FirstName()],
                    RecordedBy = Actor, CreatedAt = at.AddDays(-10), DecidedBy = Actor, DecidedAt = at,
                };
            }).ToList();
            db.Assessments.AddRange(sitting);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            issued.AddRange(await platform.IssueCertificatesAsync(
                sitting.Where(a => a.Status == AssessmentStatus.Passed).Select(a => a.Id).ToList(), certification.Organization, at, cancellationToken));
        }
        var yearEnd = new DateOnly(year, 12, 15);
        if (growth == 0 || issued.Count < 4 || yearEnd > lastDay)
        {
            return;
        }
        var endOfYear = new DateTimeOffset(yearEnd.ToDateTime(new TimeOnly(11, 0)), TimeSpan.FromHours(8));
        foreach (var number in issued.Take(2))
        {
            await platform.RenewCertificateAsync(number, certification.Organization, endOfYear, cancellationToken);
        }
        await platform.RevokeCertificateAsync(issued[^1], "演示：复核发现评价材料不实，撤销证书", certification.Organization, endOfYear, cancellationToken);
    }

    /// <summary>The year's skill-level wage agreements: an enterprise's (mostly) or an industry's, each signed in the year
    /// for two years from the next January, recorded by the union of the enterprise's district (or the federation).</summary>
    private static async Task AgreementsAsync(
        CompetitionDbContext db, Faker faker, DemoCatalog catalog, List<Host> hosts, int year, int growth, DateOnly lastDay, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var reference = await DemoBargaining.ReferenceMonthlyAsync(db, cancellationToken);
        var recorders = hosts.Where(h => h.Organization.Kind is OrganizationKind.Federation or OrganizationKind.DistrictUnion).ToList();
        List<AwardAmount> bonuses = [new(Award.Gold, 3_000m), new(Award.Silver, 2_000m), new(Award.Bronze, 1_000m)];
        for (var n = 0; n < 4 + 2 * growth; n++)
        {
            var signed = new DateOnly(year, faker.Random.Number(3, 12), faker.Random.Number(1, 28));
            if (signed > lastDay)
            {
                continue;
            }
            var trade = faker.PickRandom(catalog.Competitions.ToList());
            var (scope, party) = n % 5 == 4 ? (AgreementScope.Industry, trade.Industry ?? "制造业") : (AgreementScope.Enterprise, faker.PickRandom(trade.Employers.ToList()));
            var step = faker.PickRandom(StepKind.Percentage, StepKind.FixedAmount);
            var agreement = DemoBargaining.Proposal($"{party}能级工资专项集体合同（{year + 1}—{year + 2}）{Marker}", scope, party, new DateOnly(year + 1, 1, 1),
                step, step == StepKind.Percentage ? faker.PickRandom(0.06m, 0.08m, 0.10m) : faker.PickRandom(200m, 300m, 400m), bonuses, reference,
                faker.PickRandom(recorders).Organization.Id, now);
            var signedAt = new DateTimeOffset(signed.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8));
            (agreement.Status, agreement.SignedAt, agreement.SignedBy, agreement.CreatedAt) = (AgreementStatus.Signed, signedAt, Actor, signedAt.AddDays(-20));
            agreement.WorkersCovered = scope == AgreementScope.Industry ? faker.Random.Number(3_000, 12_000) : faker.Random.Number(60, 1_800);
            db.Agreements.Add(agreement);
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
