using Bogus;
using Competition.Data;
using Competition.Data.Entities;
using Competition.Domain;
using Competition.Domain.Marking;
using Microsoft.EntityFrameworkCore;

namespace Competition.Seed;

/// <summary>
/// Fills an empty database with the demo competitions: people from Bogus (zh_CN, fixed seed, so every
/// fresh install shows the same demo), schemes from <see cref="DemoCatalog"/>, and for live
/// competitions a share of marks in the ledger so the boards show a contest in progress.
/// </summary>
public static class DemoSeeder
{
    private const int RandomSeed = 2026;

    /// <summary>Seeds when no competition exists yet. Returns whether it did.</summary>
    /// <param name="hashPin">Hashes a judge's PIN as the platform stores it.</param>
    public static async Task<bool> SeedIfEmptyAsync(
        CompetitionDbContext db, string judgePin, Func<JudgeEntity, string, string> hashPin,
        TimeProvider time, CancellationToken cancellationToken)
    {
        if (await db.Competitions.AnyAsync(cancellationToken))
        {
            return false;
        }
        var faker = new Faker("zh_CN");
        faker.Random = new Randomizer(RandomSeed);
        var now = time.GetUtcNow();
        foreach (var demo in DemoCatalog.Load().Competitions)
        {
            var competition = Build(demo, faker, now, judgePin, hashPin);
            db.Competitions.Add(competition);
            await db.SaveChangesAsync(cancellationToken);
            if (demo.Status == CompetitionStatus.Live)
            {
                db.Marks.AddRange(DemoMarks(competition, demo.MarkedShare, faker, now));
                await db.SaveChangesAsync(cancellationToken);
            }
        }
        return true;
    }

    private static CompetitionEntity Build(
        DemoCompetition demo, Faker faker, DateTimeOffset now, string judgePin, Func<JudgeEntity, string, string> hashPin)
    {
        var competition = new CompetitionEntity
        {
            Name = demo.Name,
            Occupation = demo.Occupation,
            Status = demo.Status,
            CreatedAt = now,
            StartedAt = demo.Status == CompetitionStatus.Live ? now : null,
            Modules = demo.Modules.Select((m, i) => new ModuleEntity
            {
                Position = i,
                Name = m.Name,
                Weight = m.Weight,
                Aspects = m.Aspects.Select((a, j) => new AspectEntity { Position = j, Name = a.Name, Kind = a.Kind, MaxMark = a.MaxMark }).ToList(),
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
            var judge = new JudgeEntity
            {
                Name = faker.Name.LastName() + faker.Name.FirstName(),
                Employer = demo.JudgeEmployers[n % demo.JudgeEmployers.Count],
                PinHash = "",
            };
            judge.PinHash = hashPin(judge, judgePin);
            return judge;
        }).ToList();
        return competition;
    }

    /// <summary>Marks for the first share of contestants, as judges would enter them: judgement by a
    /// panel of three, measurement by one judge, graded by every judge.</summary>
    private static IEnumerable<MarkEntity> DemoMarks(CompetitionEntity competition, double share, Faker faker, DateTimeOffset now)
    {
        var sequence = 0L;
        var marked = competition.Contestants.Take((int)Math.Round(competition.Contestants.Count * share));
        foreach (var contestant in marked)
        {
            var skill = faker.Random.Double(0.45, 0.98);
            foreach (var aspect in competition.Modules.SelectMany(m => m.Aspects))
            {
                var panel = aspect.Kind switch
                {
                    AspectKind.Judgement => competition.Judges.Take(AspectRules.JudgementLevels),
                    AspectKind.Measurement => competition.Judges.Take(1),
                    _ => competition.Judges,
                };
                foreach (var judge in panel)
                {
                    yield return new MarkEntity
                    {
                        CompetitionId = competition.Id,
                        Sequence = ++sequence,
                        SubmissionId = faker.Random.Guid(),
                        JudgeId = judge.Id,
                        ContestantId = contestant.Id,
                        AspectId = aspect.Id,
                        Value = DemoValue(aspect, skill, faker),
                        RecordedAt = now,
                    };
                }
            }
        }
    }

    private static decimal DemoValue(AspectEntity aspect, double skill, Faker faker)
    {
        var jitter = Math.Clamp(skill + faker.Random.Double(-0.15, 0.15), 0, 1);
        return aspect.Kind == AspectKind.Judgement
            ? (decimal)Math.Round(jitter * AspectRules.JudgementLevels)
            : Math.Round(aspect.MaxMark * (decimal)jitter * 2, MidpointRounding.AwayFromZero) / 2;
    }
}
