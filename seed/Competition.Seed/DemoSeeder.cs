using System.Globalization;
using Bogus;
using Competition.Data;
using Competition.Data.Entities;
using Competition.Domain;
using Competition.Domain.Certification;
using Competition.Domain.CompetitionDay;
using Competition.Domain.Competitions;
using Competition.Domain.Ledger;
using Competition.Domain.Marking;
using Microsoft.EntityFrameworkCore;

namespace Competition.Seed;

/// <summary>
/// Fills an empty database with the demo competitions: people from Bogus (zh_CN, fixed seed, so every
/// fresh install shows the same demo), schemes and rules from <see cref="DemoCatalog"/>, and for live
/// competitions a chained ledger with a share of the marks, so the boards show a contest in progress.
/// </summary>
public static class DemoSeeder
{
    private const int RandomSeed = 2026;
    private const string Actor = Actors.Platform;

    /// <summary>The demo's district organizer: a competition office's scope next to the administrator's.</summary>
    public const string OrganizerUsername = "zengdu";
    public const string OrganizerOrganization = "曾都区总工会";

    /// <summary>
    /// The whole demo, when no competition exists yet: the competitions and their people, the district
    /// organizer, the certificates and their HR officer, the synthetic wage guidance (imported as a
    /// negotiator would import a published table), then agreements, pay and the negotiator.
    /// </summary>
    /// <returns>The demo accounts made, for the host to announce; null when the platform was not empty.</returns>
    public static async Task<IReadOnlyList<DemoAccount>?> SeedAllAsync(
        CompetitionDbContext db, IDemoPlatform platform, string judgePin, Func<JudgeEntity, string, string> hashPin, Func<string, string> hashNationalId,
        TimeProvider time, DateOnly today, CancellationToken cancellationToken)
    {
        if (!await SeedIfEmptyAsync(db, judgePin, hashPin, hashNationalId, time, today, cancellationToken))
        {
            return null;
        }
        var organizer = new DemoAccount(OrganizerUsername, DemoRole.Organizer, OrganizerOrganization,
            await platform.EnsureAccountAsync(OrganizerUsername, DemoRole.Organizer, OrganizerOrganization, cancellationToken));
        var hr = await DemoCertificates.IssueAsync(db, platform, cancellationToken);
        await platform.ImportWageGuidanceAsync(await File.ReadAllBytesAsync(DemoFiles.PathOf("demo-wage-guidance.csv"), cancellationToken), cancellationToken);
        var negotiator = await DemoBargaining.SeedAsync(db, platform, time, today, cancellationToken);
        return [organizer, hr, negotiator];
    }

    /// <summary>Seeds the competitions when no competition exists yet. Returns whether it did.</summary>
    /// <param name="hashPin">Hashes a judge's PIN as the platform stores it.</param>
    /// <param name="hashNationalId">Hashes a national ID as the platform stores it.</param>
    /// <param name="today">The platform's local date, from which the demo competitions' days are counted.</param>
    private static async Task<bool> SeedIfEmptyAsync(
        CompetitionDbContext db, string judgePin, Func<JudgeEntity, string, string> hashPin, Func<string, string> hashNationalId,
        TimeProvider time, DateOnly today, CancellationToken cancellationToken)
    {
        if (await db.Competitions.AnyAsync(cancellationToken))
        {
            return false;
        }
        var faker = new Faker("zh_CN") { Random = new Randomizer(RandomSeed) };
        var now = DateTimeOffset.FromUnixTimeMilliseconds(time.GetUtcNow().ToUnixTimeMilliseconds());
        var catalog = DemoCatalog.Load();
        var organizations = await SeedOrganizationsAsync(db, catalog.Organizations, now, cancellationToken);
        foreach (var demo in catalog.Competitions)
        {
            var competition = Build(demo, faker, now, judgePin, hashPin);
            (competition.HostOrganizationId, competition.Level, competition.Industry, competition.District, competition.Venue) =
                (organizations[demo.Host ?? ""], demo.Level, demo.Industry, demo.District, demo.Venue);
            (competition.StartsOn, competition.EndsOn) = (today.AddDays(demo.StartsInDays), today.AddDays(demo.StartsInDays + demo.Days - 1));
            // Sessions at Beijing wall-clock times on the first day.
            (competition.Workstations, competition.Sessions) = (demo.Workstations, demo.Sessions?.Select(at => new CompetitionSession(
                new DateTimeOffset(competition.StartsOn.Value.ToDateTime(TimeOnly.Parse(at, CultureInfo.InvariantCulture)), TimeSpan.FromHours(8)),
                demo.SessionMinutes)).ToList());
            db.Competitions.Add(competition);
            await db.SaveChangesAsync(cancellationToken);
            await RegisterWorkersAsync(db, competition, faker, hashNationalId, now, cancellationToken);
            if (demo.Status == CompetitionStatus.Live)
            {
                db.LedgerEvents.AddRange(new DemoLedger(competition.Id, now).Write(competition, demo, faker));
                await db.SaveChangesAsync(cancellationToken);
            }
        }
        await DemoCertification.Load().SeedAsync(db, faker, hashNationalId, now, cancellationToken);
        return true;
    }

    /// <summary>The demo organisations under the federation; answers every organisation's id by name ("" the federation's).</summary>
    private static async Task<Dictionary<string, long>> SeedOrganizationsAsync(
        CompetitionDbContext db, IReadOnlyList<DemoOrganization> demo, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var federation = await db.Organizations.SingleAsync(o => o.ParentId == null, cancellationToken);
        var ids = await db.Organizations.ToDictionaryAsync(o => o.Name, o => o.Id, cancellationToken);
        ids[""] = federation.Id;
        foreach (var organization in demo.Where(o => !ids.ContainsKey(o.Name)))
        {
            var entity = new OrganizationEntity { Name = organization.Name, Kind = organization.Kind, ParentId = ids[organization.Parent ?? ""], CreatedAt = now };
            db.Organizations.Add(entity);
            await db.SaveChangesAsync(cancellationToken);
            ids[organization.Name] = entity.Id;
        }
        return ids;
    }

    /// <summary>Every demo contestant is registered with a generated national ID, so results can become promotions.</summary>
    private static async Task RegisterWorkersAsync(
        CompetitionDbContext db, CompetitionEntity competition, Faker faker, Func<string, string> hashNationalId, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var workers = competition.Contestants.Select(contestant =>
        {
            var nationalId = DemoCertification.NationalId(faker);
            return new WorkerEntity
            {
                Name = contestant.Name, Employer = contestant.Employer, NationalIdHash = hashNationalId(nationalId),
                NationalIdMasked = NationalIds.Mask(nationalId), CreatedAt = now,
            };
        }).ToList();
        db.Workers.AddRange(workers);
        await db.SaveChangesAsync(cancellationToken);
        for (var i = 0; i < workers.Count; i++)
        {
            competition.Contestants[i].WorkerId = workers[i].Id;
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>A competition of the catalogue's scheme and rules, with generated contestants and judges.</summary>
    internal static CompetitionEntity Build(
        DemoCompetition demo, Faker faker, DateTimeOffset now, string judgePin, Func<JudgeEntity, string, string> hashPin)
    {
        var competition = new CompetitionEntity
        {
            Name = demo.Name,
            Occupation = demo.Occupation,
            Status = demo.Status,
            CreatedAt = now,
            StartedAt = demo.Status == CompetitionStatus.Live ? now : null,
            Rules = demo.Rules,
            Modules = demo.Modules.Select((m, i) => new ModuleEntity
            {
                Position = i,
                Name = m.Name,
                Weight = m.Weight,
                Aspects = m.Aspects.Select((a, j) => new AspectEntity
                {
                    Position = j, Name = a.Name, Kind = a.Kind, MaxMark = a.MaxMark,
                    Deductions = a.Deductions?.ToList() ?? [], Levels = a.Levels?.ToList() ?? [],
                }).ToList(),
            }).ToList(),
            Contestants = Enumerable.Range(1, demo.Contestants).Select(n => new ContestantEntity
            {
                Bib = n.ToString("000"),
                Name = faker.Name.LastName() + faker.Name.FirstName(),
                Employer = faker.Random.ListItem(demo.Employers.ToList()),
            }).ToList(),
        };
        competition.Judges = Enumerable.Range(0, demo.Judges).Select(n =>
        {
            // The first judge is the chief judge: they moderate and lock, the others mark.
            var judge = new JudgeEntity
            {
                Name = faker.Name.LastName() + faker.Name.FirstName(),
                Employer = demo.JudgeEmployers[n % demo.JudgeEmployers.Count],
                PinHash = "",
                IsChief = n == 0,
            };
            judge.PinHash = hashPin(judge, judgePin);
            return judge;
        }).ToList();
        return competition;
    }

    /// <summary>Writes a demo competition's ledger as the platform would: start, theory import, then marks
    /// as judges would enter them (a judgement or graded aspect by the whole panel, a measurement by one judge).</summary>
    internal sealed class DemoLedger(long competitionId, DateTimeOffset now)
    {
        private readonly List<LedgerEventEntity> _events = [];
        private string? _previousHash;

        public IReadOnlyList<LedgerEventEntity> Events => _events;

        public IReadOnlyList<LedgerEventEntity> Write(CompetitionEntity competition, DemoCompetition demo, Faker faker)
        {
            Append(new LedgerEvent(0, LedgerEventType.Started, now, Actor));
            var skills = competition.Contestants.ToDictionary(c => c.Id, _ => faker.Random.Double(0.45, 0.98));
            if (demo.TheoryImported && demo.Rules?.Theory is { } theory)
            {
                var scores = competition.Contestants.Select(c => new ContestantFigure(c.Id,
                    Math.Round(theory.MaxScore * (decimal)Math.Clamp(skills[c.Id] + faker.Random.Double(-0.1, 0.1), 0, 1))));
                Append(new LedgerEvent(0, LedgerEventType.TheoryImported, now, Actor, Payload: CompetitionState.FiguresPayload(scores)));
            }
            var panel = competition.Judges.Where(j => !j.IsChief).ToList();
            foreach (var contestant in competition.Contestants.Take((int)Math.Round(competition.Contestants.Count * demo.MarkedShare)))
            {
                foreach (var aspect in competition.Modules.SelectMany(m => m.Aspects))
                {
                    foreach (var judge in aspect.Kind == AspectKind.Measurement ? panel.Take(1) : panel)
                    {
                        Append(new LedgerEvent(0, LedgerEventType.Mark, now, $"judge:{judge.Id}", faker.Random.Guid(),
                            judge.Id, contestant.Id, aspect.Id, Value: DemoValue(aspect, skills[contestant.Id], faker)));
                    }
                }
            }
            return _events;
        }

        /// <summary>Seals the next event onto the chain.</summary>
        public void Append(LedgerEvent draft)
        {
            var sealedEvent = LedgerChain.Seal(competitionId, draft with { Sequence = _events.Count + 1 }, _previousHash);
            _previousHash = sealedEvent.Hash;
            _events.Add(LedgerEventEntity.From(competitionId, sealedEvent));
        }

        private static decimal DemoValue(AspectEntity aspect, double skill, Faker faker)
        {
            var level = (decimal)Math.Clamp(skill + faker.Random.Double(-0.12, 0.12), 0, 1);
            return aspect.Kind switch
            {
                AspectKind.Judgement => Math.Round(level * AspectRules.JudgementLevels),
                AspectKind.Measurement => AspectRules.MeasurementValues(new SchemeAspect(aspect.Id, aspect.Name, aspect.Kind, aspect.MaxMark, aspect.Deductions))
                    .MinBy(v => Math.Abs(v - level * aspect.MaxMark)),
                _ => Math.Round(aspect.MaxMark * level * 2, MidpointRounding.AwayFromZero) / 2,
            };
        }
    }
}
