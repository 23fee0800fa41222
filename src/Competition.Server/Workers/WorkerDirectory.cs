using Competition.Data;
using Competition.Data.Entities;
using Competition.Domain.Certification;
using Microsoft.EntityFrameworkCore;

namespace Competition.Server.Workers;

/// <summary>Finds a worker by national ID, or adds them; the ID itself is never stored.</summary>
public sealed class WorkerDirectory(NationalIdHasher hasher, TimeProvider time)
{
    /// <summary>Someone to find or register: as a registration, a contestant or a bulk-file row names them.</summary>
    public sealed record Person(string Name, string Employer, string NationalId);

    /// <summary>The worker with this national ID, added to <paramref name="db"/> when new. Name and employer of
    /// an existing worker are kept: the first registration names them.</summary>
    public async Task<WorkerEntity> FindOrAddAsync(CompetitionDbContext db, string name, string employer, string nationalId, CancellationToken cancellationToken) =>
        (await FindOrAddAsync(db, [new Person(name, employer, nationalId)], cancellationToken))[0];

    /// <summary>The worker of each person, in order, looked up together and added when new (once, however
    /// often a number repeats); new workers get their ids when <paramref name="db"/> is saved.</summary>
    public async Task<List<WorkerEntity>> FindOrAddAsync(CompetitionDbContext db, IReadOnlyList<Person> people, CancellationToken cancellationToken)
    {
        var hashes = people.Select(p => hasher.Hash(p.NationalId)).ToList();
        var known = (await hashes.InChunksAsync(chunk => db.Workers.Where(w => chunk.Contains(w.NationalIdHash)).ToListAsync(cancellationToken)))
            .ToDictionary(w => w.NationalIdHash);
        return people.Select((person, i) =>
        {
            if (!known.TryGetValue(hashes[i], out var worker))
            {
                worker = new WorkerEntity
                {
                    Name = person.Name.Trim(),
                    Employer = person.Employer.Trim(),
                    NationalIdHash = hashes[i],
                    NationalIdMasked = NationalIds.Mask(person.NationalId),
                    CreatedAt = time.GetUtcNow(),
                };
                known[hashes[i]] = worker;
                db.Workers.Add(worker);
            }
            return worker;
        }).ToList();
    }

    public async Task<WorkerEntity?> FindAsync(CompetitionDbContext db, string nationalId, CancellationToken cancellationToken)
    {
        var hash = hasher.Hash(nationalId);
        return await db.Workers.AsNoTracking().SingleOrDefaultAsync(w => w.NationalIdHash == hash, cancellationToken);
    }

    /// <summary>
    /// What promotion rules need of each worker: the highest level certified (revoked certificates do not
    /// count) and when they were last promoted (a passed assessment's decision).
    /// </summary>
    public static async Task<Dictionary<long, (SkillLevel? Level, DateTimeOffset? LastPromotion)>> StandingsAsync(
        CompetitionDbContext db, IReadOnlyCollection<long> workerIds, CancellationToken cancellationToken)
    {
        var levels = await workerIds.InChunksAsync(chunk => db.Certificates.AsNoTracking()
            .Where(c => chunk.Contains(c.WorkerId) && c.RevokedAt == null)
            .Select(c => new { c.WorkerId, c.Level }).ToListAsync(cancellationToken));
        var promotions = await workerIds.InChunksAsync(chunk => db.Assessments.AsNoTracking()
            .Where(a => chunk.Contains(a.WorkerId) && a.Status == AssessmentStatus.Passed && a.DecidedAt != null)
            .Select(a => new { a.WorkerId, a.DecidedAt }).ToListAsync(cancellationToken));
        return workerIds.ToDictionary(id => id, id => (
            levels.Where(l => l.WorkerId == id).Select(l => (SkillLevel?)l.Level).Max(),
            promotions.Where(p => p.WorkerId == id).Select(p => p.DecidedAt).Max()));
    }
}
