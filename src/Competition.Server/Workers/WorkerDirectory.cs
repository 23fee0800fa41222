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

    /// <summary>The worker with this national ID, when <paramref name="organization"/> may see them.</summary>
    public async Task<WorkerEntity?> FindAsync(CompetitionDbContext db, string nationalId, string organization, CancellationToken cancellationToken)
    {
        var hash = hasher.Hash(nationalId);
        return await VisibleTo(db, organization).AsNoTracking().SingleOrDefaultAsync(w => w.NationalIdHash == hash, cancellationToken);
    }

    /// <summary>
    /// The workers an organisation may see: those it registered, and those it holds an assessment or a
    /// certificate for. Every other worker is, to it, not there at all: an HR officer cannot walk ids to
    /// read other employers' staff.
    /// </summary>
    public static IQueryable<WorkerEntity> VisibleTo(CompetitionDbContext db, string organization) =>
        db.Workers.Where(w => db.WorkerOrganizations.Any(k => k.WorkerId == w.Id && k.Organization == organization)
            || db.Assessments.Any(a => a.WorkerId == w.Id && a.Organization == organization)
            || db.Certificates.Any(c => c.WorkerId == w.Id && c.Organization == organization));

    /// <summary>Records, in <paramref name="db"/>, that <paramref name="organization"/> registered the
    /// worker; false when it had already.</summary>
    public static async Task<bool> RegisterWithAsync(
        CompetitionDbContext db, WorkerEntity worker, string organization, string actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (db.Entry(worker).State != EntityState.Added
            && await db.WorkerOrganizations.AnyAsync(k => k.WorkerId == worker.Id && k.Organization == organization, cancellationToken))
        {
            return false;
        }
        db.WorkerOrganizations.Add(new WorkerOrganizationEntity { Worker = worker, Organization = organization, RegisteredBy = actor, RegisteredAt = now });
        return true;
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
