using System.Security.Cryptography;
using Competition.Data;
using Competition.Data.Entities;
using Competition.Domain;
using Competition.Domain.Certification;
using Competition.Server.Auth;
using Competition.Server.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Competition.Server.Certificates;

/// <summary>
/// Issues, renews, revokes, suspends and reinstates certificates. Each change and its audit entry commit
/// in one transaction before the caller hears of it; numbers and status-list bits are allocated in that
/// transaction and guarded by unique indexes, so a race ends in a retry, never in a shared number.
/// </summary>
public sealed class CertificateRegistry(
    IDbContextFactory<CompetitionDbContext> contexts, CredentialKeys keys, IOptions<CertificateOptions> options,
    AdminAuditLog audit, TimeProvider time, PlatformCalendar calendar)
{
    /// <summary>Issues one certificate from each passed assessment, all or none.</summary>
    /// <param name="organization">The caller's organisation: only its assessments can be certified.</param>
    public async Task<Outcome<List<CertificateEntity>>> IssueAsync(
        IReadOnlyList<long> assessmentIds, string actor, string organization, string baseUrl, CancellationToken cancellationToken)
    {
        // Taken before the transaction: making the first key writes, and SQLite has one writer at a time.
        var signer = await keys.SignerAsync(cancellationToken);
        return await InTransactionAsync<List<CertificateEntity>>(async db =>
        {
            var assessments = (await assessmentIds.InChunksAsync(chunk => db.Assessments.Include(a => a.Components)
                .Where(a => chunk.Contains(a.Id)).ToListAsync(cancellationToken))).ToDictionary(a => a.Id);
            var issued = (await assessmentIds.InChunksAsync(chunk => db.Certificates.AsNoTracking().Where(c => chunk.Contains(c.AssessmentId))
                .GroupBy(c => c.AssessmentId)
                .Select(g => new IssuedBefore(g.Key, g.Max(c => c.IssueNumber), g.Count(c => c.RevokedAt == null && c.SupersededById == null)))
                .ToListAsync(cancellationToken))).ToDictionary(g => g.AssessmentId);
            var requests = new List<IssueRequest>();
            foreach (var id in assessmentIds)
            {
                if (!assessments.TryGetValue(id, out var assessment))
                {
                    return new DomainError(ErrorKind.NotFound, "assessment.not-found", $"Assessment {id} does not exist.");
                }
                if (assessment.Organization != organization)
                {
                    return OtherOrganization(assessment.Organization);
                }
                if (assessment.Status != AssessmentStatus.Passed)
                {
                    return new DomainError(ErrorKind.Conflict, "assessment.not-passed",
                        $"Assessment {id} is {assessment.Status}: only a passed assessment is certified.");
                }
                var previous = issued.GetValueOrDefault(id);
                if (previous is { Live: > 0 } || requests.Any(r => r.Assessment.Id == id))
                {
                    return new DomainError(ErrorKind.Conflict, "certificate.already-issued",
                        $"Assessment {id} already has a certificate in force; renew or revoke that one instead.");
                }
                requests.Add(new IssueRequest(assessment, (previous?.Last ?? 0) + 1, null));
            }
            return await AddAsync(db, requests, actor, baseUrl, signer, cancellationToken);
        }, cancellationToken);
    }

    /// <summary>
    /// Records new passed assessments (<paramref name="record"/> adds them, with any new workers, to the
    /// context) and issues a certificate from each, in one transaction: all or none.
    /// </summary>
    public async Task<Outcome<List<CertificateEntity>>> RecordAndIssueAsync(
        Func<CompetitionDbContext, Task<List<AssessmentEntity>>> record, string actor, string baseUrl, CancellationToken cancellationToken)
    {
        // Taken before the transaction: making the first key writes, and SQLite has one writer at a time.
        var signer = await keys.SignerAsync(cancellationToken);
        return await InTransactionAsync<List<CertificateEntity>>(async db =>
        {
            var assessments = await record(db);
            await db.SaveChangesAsync(cancellationToken);
            return await AddAsync(db, assessments.Select(a => new IssueRequest(a, 1, null)).ToList(), actor, baseUrl, signer, cancellationToken);
        }, cancellationToken);
    }

    /// <summary>Issues a new certificate for the same assessment that supersedes <paramref name="number"/>.</summary>
    public async Task<Outcome<List<CertificateEntity>>> RenewAsync(
        string number, string actor, string organization, string baseUrl, CancellationToken cancellationToken)
    {
        // Taken before the transaction: making the first key writes, and SQLite has one writer at a time.
        var signer = await keys.SignerAsync(cancellationToken);
        return await InTransactionAsync<List<CertificateEntity>>(async db =>
        {
            var found = await FindAsync(db, number, organization, cancellationToken);
            if (found.Error is { } refused)
            {
                return refused;
            }
            var old = found.Value!;
            if (old.Lifecycle().CheckRenew() is { } notRenewable)
            {
                return notRenewable;
            }
            var assessment = await db.Assessments.Include(a => a.Components).SingleAsync(a => a.Id == old.AssessmentId, cancellationToken);
            var last = await db.Certificates.Where(c => c.AssessmentId == old.AssessmentId).MaxAsync(c => c.IssueNumber, cancellationToken);
            var renewed = await AddAsync(db, [new IssueRequest(assessment, last + 1, old.Id)], actor, baseUrl, signer, cancellationToken);
            old.SupersededById = renewed[0].Id;
            old.StatusChanges.Add(Change(StatusChange.Superseded, $"Renewed as {renewed[0].Number}.", actor));
            await db.SaveChangesAsync(cancellationToken);
            return renewed;
        }, cancellationToken);
    }

    /// <summary>Revokes for good; the record and its reason are kept.</summary>
    public Task<Outcome<CertificateEntity>> RevokeAsync(string number, string reason, string actor, string organization, CancellationToken cancellationToken) =>
        ChangeStatusAsync(number, organization, actor, StatusChange.Revoked, reason, l => l.CheckRevoke(), certificate =>
        {
            certificate.RevokedAt = time.GetUtcNow();
            certificate.RevocationReason = reason;
        }, cancellationToken);

    public Task<Outcome<CertificateEntity>> SuspendAsync(string number, string reason, string actor, string organization, CancellationToken cancellationToken) =>
        ChangeStatusAsync(number, organization, actor, StatusChange.Suspended, reason, l => l.CheckSuspend(),
            certificate => certificate.Suspended = true, cancellationToken);

    public Task<Outcome<CertificateEntity>> ReinstateAsync(string number, string reason, string actor, string organization, CancellationToken cancellationToken) =>
        ChangeStatusAsync(number, organization, actor, StatusChange.Reinstated, reason, l => l.CheckReinstate(),
            certificate => certificate.Suspended = false, cancellationToken);

    private async Task<Outcome<CertificateEntity>> ChangeStatusAsync(
        string number, string organization, string actor, StatusChange change, string reason,
        Func<CertificateLifecycle, DomainError?> check, Action<CertificateEntity> apply, CancellationToken cancellationToken) =>
        await InTransactionAsync<CertificateEntity>(async db =>
        {
            var found = await FindAsync(db, number, organization, cancellationToken);
            if (found.Error is { } refused)
            {
                return refused;
            }
            var certificate = found.Value!;
            if (check(certificate.Lifecycle()) is { } error)
            {
                return error;
            }
            apply(certificate);
            certificate.StatusChanges.Add(Change(change, reason, actor));
            audit.Stage(db, actor, $"certificate.{change.ToString().ToLowerInvariant()}", $"certificate:{number}", reason);
            await db.SaveChangesAsync(cancellationToken);
            return certificate;
        }, cancellationToken);

    private async Task<List<CertificateEntity>> AddAsync(
        CompetitionDbContext db, IReadOnlyList<IssueRequest> requests, string actor, string baseUrl, (string KeyId, ECDsa Key) signer, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = DateTimeOffset.FromUnixTimeSeconds(time.GetUtcNow().ToUnixTimeSeconds());
        var validUntil = settings.ValidityYears > 0 ? now.AddYears(settings.ValidityYears) : (DateTimeOffset?)null;
        var statusIndexes = await DrawStatusIndexesAsync(db, requests.Count, cancellationToken);
        var workers = (await requests.Select(r => r.Assessment.WorkerId).InChunksAsync(chunk =>
            db.Workers.AsNoTracking().Where(w => chunk.Contains(w.Id)).ToListAsync(cancellationToken))).ToDictionary(w => w.Id);
        var competitions = (await requests.Select(r => r.Assessment.CompetitionId).OfType<long>().InChunksAsync(chunk =>
            db.Competitions.AsNoTracking().Where(c => chunk.Contains(c.Id)).ToListAsync(cancellationToken))).ToDictionary(c => c.Id, c => c.Name);
        // Each issuing organisation's registry id: its profile is the credential's issuer.
        var organizations = requests.Select(r => r.Assessment.Organization).Distinct().ToList();
        var issuers = await db.Organizations.AsNoTracking().Where(o => organizations.Contains(o.Name)).ToDictionaryAsync(o => o.Name, o => o.Id, cancellationToken);
        var serials = new Dictionary<string, int>();
        var (keyId, key) = signer;
        var certificates = new List<CertificateEntity>();
        foreach (var request in requests)
        {
            var assessment = request.Assessment;
            var issuer = assessment.Route == AssessmentRoute.EnterpriseSelfEvaluation ? CertificateIssuerKind.Employer : CertificateIssuerKind.SocialOrganisation;
            // The year in the number is the local one: a certificate issued in Suizhou at 07:30 on 1 January is of the new year.
            var prefix = CertificateNumbers.Prefix(settings.Scheme, issuer, calendar.DateOf(now).Year, assessment.TargetLevel);
            if (!serials.TryGetValue(prefix, out var serial))
            {
                var highest = await db.Certificates.Where(c => c.Number.StartsWith(prefix)).MaxAsync(c => (string?)c.Number, cancellationToken);
                serial = highest is null ? 0 : CertificateNumbers.Serial(highest);
            }
            serials[prefix] = ++serial;
            var certificate = new CertificateEntity
            {
                Number = CertificateNumbers.Format(prefix, serial),
                AssessmentId = assessment.Id,
                IssueNumber = request.IssueNumber,
                WorkerId = assessment.WorkerId,
                Organization = assessment.Organization,
                Level = assessment.TargetLevel,
                OccupationCode = assessment.OccupationCode,
                OccupationEdition = assessment.OccupationEdition,
                OccupationName = assessment.OccupationName,
                WorkType = assessment.WorkType,
                IssuedAt = now,
                ValidFrom = now,
                ValidUntil = validUntil,
                IssuedBy = actor,
                StatusListIndex = statusIndexes[certificates.Count],
                VerificationToken = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
                SupersedesId = request.Supersedes,
                Credential = "",
                KeyId = keyId,
            };
            var competitionName = assessment.CompetitionId is { } competitionId ? competitions.GetValueOrDefault(competitionId) : null;
            certificate.Credential = VcJwt.Sign(
                CertificateCredentials.Certificate(certificate, workers[assessment.WorkerId], assessment, competitionName,
                    issuers[assessment.Organization], baseUrl), keyId, key);
            certificates.Add(certificate);
        }
        db.Certificates.AddRange(certificates);
        audit.Stage(db, actor, "certificate.issued", certificates.Count == 1 ? $"certificate:{certificates[0].Number}" : "certificates",
            string.Join(", ", certificates.Select(c => c.Number).Take(20)) + (certificates.Count > 20 ? $" … ({certificates.Count})" : ""));
        await db.SaveChangesAsync(cancellationToken);
        return certificates;
    }

    /// <summary>Free status-list indexes for <paramref name="count"/> new certificates, drawn at random in
    /// <see cref="StatusListIndexes.RangeFor"/>; one taken meanwhile by another issuer fails the unique
    /// index, and the issue is tried again afresh.</summary>
    private static async Task<List<int>> DrawStatusIndexesAsync(CompetitionDbContext db, int count, CancellationToken cancellationToken)
    {
        var range = StatusListIndexes.RangeFor(await db.Certificates.CountAsync(cancellationToken) + count);
        var drawn = new HashSet<int>();
        while (drawn.Count < count)
        {
            var candidates = Enumerable.Range(0, count - drawn.Count).Select(_ => RandomNumberGenerator.GetInt32(range)).Where(i => !drawn.Contains(i)).Distinct().ToList();
            var taken = (await candidates.InChunksAsync(chunk =>
                db.Certificates.Where(c => chunk.Contains(c.StatusListIndex)).Select(c => c.StatusListIndex).ToListAsync(cancellationToken))).ToHashSet();
            drawn.UnionWith(candidates.Where(i => !taken.Contains(i)));
        }
        return [.. drawn];
    }

    /// <summary>Runs <paramref name="work"/> in a transaction, committing when it succeeds and retrying it
    /// afresh when a concurrent writer took the same number or bit first.</summary>
    private Task<Outcome<T>> InTransactionAsync<T>(Func<CompetitionDbContext, Task<Outcome<T>>> work, CancellationToken cancellationToken) =>
        contexts.RetryOnRaceAsync(async db =>
        {
            // Disposed uncommitted (a refusal, or a lost race), the transaction rolls back.
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var outcome = await work(db);
            if (outcome.Error is null)
            {
                await transaction.CommitAsync(cancellationToken);
            }
            return outcome;
        }, cancellationToken);

    private static async Task<Outcome<CertificateEntity>> FindAsync(CompetitionDbContext db, string number, string organization, CancellationToken cancellationToken)
    {
        var certificate = await db.Certificates.Include(c => c.StatusChanges).SingleOrDefaultAsync(c => c.Number == number, cancellationToken);
        return certificate is null ? NotFound(number)
            : certificate.Organization != organization ? OtherOrganization(certificate.Organization)
            : certificate;
    }

    private CertificateStatusChangeEntity Change(StatusChange change, string reason, string actor) =>
        new() { Change = change, Reason = reason, Actor = actor, At = time.GetUtcNow() };

    private static DomainError NotFound(string number) =>
        new(ErrorKind.NotFound, "certificate.not-found", $"No certificate {number} was issued here.");

    private static DomainError OtherOrganization(string owner) =>
        new(ErrorKind.Forbidden, "certificate.other-organization", $"Only HR officers of {owner} act on its assessments and certificates.");

    private sealed record IssuedBefore(long AssessmentId, int Last, int Live);

    private sealed record IssueRequest(AssessmentEntity Assessment, int IssueNumber, long? Supersedes);
}
