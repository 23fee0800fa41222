using Competition.Data;
using Competition.Data.Entities;
using Competition.Domain;
using Competition.Domain.Wages;
using Competition.Server.Auth;
using Microsoft.EntityFrameworkCore;

namespace Competition.Server.Agreements;

/// <summary>
/// The agreements as stored: a proposal recorded (its guidance reference taken from the published
/// table), a signature applied once, and each agreement read with the floors it gives. The rules are
/// <see cref="AgreementRules"/> and <see cref="WageFloors"/>; this only stores and reads.
/// </summary>
public sealed class AgreementBook(IDbContextFactory<CompetitionDbContext> contexts, AdminAuditLog audit, TimeProvider time)
{
    /// <param name="organizationId">The recording account's organisation, whose figures the agreement counts in.</param>
    public async Task<Outcome<AgreementView>> RecordAsync(AgreementRequest request, string actor, long? organizationId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var resolved = await ResolveReferenceAsync(db, request, cancellationToken);
        if (resolved.Error is { } refused)
        {
            return refused;
        }
        // The reference read from the guidance is part of the rule: the whole rule is checked before it is stored.
        if (AgreementRules.CheckRecord(resolved.Value!.Rule, resolved.Value.CompetitionBonuses ?? []) is { } invalid)
        {
            return invalid;
        }
        var entity = ToEntity(resolved.Value!, actor, time.GetUtcNow());
        entity.OrganizationId = organizationId;
        db.Agreements.Add(entity);
        audit.Stage(db, actor, "agreement.recorded", $"agreement:{entity.Party}", entity.Name);
        await db.SaveChangesAsync(cancellationToken);
        return ViewOf(entity);
    }

    public async Task<Outcome<AgreementView>> SignAsync(long agreementId, string actor, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Signed in one conditional update, so two people signing at once make one signature and one audit entry.
        var signedAt = time.GetUtcNow();
        var signed = await db.Agreements.Where(a => a.Id == agreementId && a.Status == AgreementStatus.Proposed)
            .ExecuteUpdateAsync(a => a.SetProperty(x => x.Status, AgreementStatus.Signed).SetProperty(x => x.SignedAt, signedAt)
                .SetProperty(x => x.SignedBy, actor), cancellationToken);
        if (await db.Agreements.AsNoTracking().SingleOrDefaultAsync(a => a.Id == agreementId, cancellationToken) is not { } agreement)
        {
            return NotFound(agreementId);
        }
        if (signed == 0)
        {
            return AgreementRules.CheckSign(agreementId, agreement.Status, agreement.SignedAt)!;
        }
        audit.Stage(db, actor, "agreement.signed", $"agreement:{agreement.Party}", agreement.Name);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ViewOf(agreement);
    }

    public async Task<Outcome<AgreementView>> FindAsync(long agreementId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.Agreements.AsNoTracking().SingleOrDefaultAsync(a => a.Id == agreementId, cancellationToken) is { } agreement
            ? ViewOf(agreement)
            : NotFound(agreementId);
    }

    public async Task<List<AgreementView>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var agreements = await db.Agreements.AsNoTracking().OrderByDescending(a => a.Id).Take(500).ToListAsync(cancellationToken);
        return agreements.Select(ViewOf).ToList();
    }

    /// <summary>An agreement with the floor (and allowance) it gives each level.</summary>
    public static AgreementView ViewOf(AgreementEntity entity)
    {
        var request = new AgreementRequest(entity.Name, entity.Scope, entity.Party, entity.Region, entity.TermStart, entity.TermEnd,
            entity.StatutoryMinimumMonthly, entity.MinimumRaise, entity.ReferenceMonthly, entity.Step, entity.StepValue,
            entity.Allowances,
            entity.CompetitionBonuses,
            entity.ReferencePercentile is { } percentile ? new GuidanceReference(percentile, entity.ReferenceOccupationCode!, entity.ReferenceYear!.Value) : null,
            entity.WorkersCovered);
        return new AgreementView(entity.Id, request, WageFloors.For(request.Rule), entity.Status, entity.SignedAt, entity.SignedBy, entity.CreatedBy, entity.CreatedAt);
    }

    /// <summary>
    /// The request with a guidance reference turned into its monthly amount: the percentile of the
    /// no-certificate row for the occupation and year in the agreement's region, refused when no such row exists.
    /// </summary>
    private static async Task<Outcome<AgreementRequest>> ResolveReferenceAsync(CompetitionDbContext db, AgreementRequest request, CancellationToken cancellationToken)
    {
        if (request.Reference is not { } reference)
        {
            return request;
        }
        var region = request.Region.Trim();
        return await db.WageGuidanceRows.NoCertificateRowAsync(region, reference.Year, reference.OccupationCode, cancellationToken) is { } row
            ? request with { ReferenceMonthly = AgreementRules.ReferenceMonthly(row, reference.Percentile) }
            : AgreementRules.ReferenceNotFound(reference.Year, reference.OccupationCode, region);
    }

    private static AgreementEntity ToEntity(AgreementRequest request, string actor, DateTimeOffset now) => new()
    {
        Name = request.Name.Trim(), Scope = request.Scope, Party = request.Party.Trim(), Region = request.Region.Trim(),
        TermStart = request.TermStart, TermEnd = request.TermEnd, StatutoryMinimumMonthly = request.StatutoryMinimumMonthly,
        MinimumRaise = request.MinimumRaise, ReferenceMonthly = request.ReferenceMonthly, ReferencePercentile = request.Reference?.Percentile,
        ReferenceOccupationCode = request.Reference?.OccupationCode, ReferenceYear = request.Reference?.Year, Step = request.Step, StepValue = request.StepValue,
        Allowances = [.. request.Allowances ?? []],
        CompetitionBonuses = [.. request.CompetitionBonuses ?? []],
        WorkersCovered = request.WorkersCovered, CreatedBy = actor, CreatedAt = now,
    };

    private static DomainError NotFound(long agreementId) => new(ErrorKind.NotFound, "agreement.not-found", $"Agreement {agreementId} does not exist.");
}
