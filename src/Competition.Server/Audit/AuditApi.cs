using System.Security.Claims;
using Competition.Data;
using Competition.Data.Ledger;
using Competition.Domain.Ledger;
using Competition.Grains.Contracts;
using Competition.Server.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Competition.Server.Audit;

/// <summary>
/// The ledger as stored: every mark, amendment, resolution, lock and correction with who and when, and a
/// check that recomputes the SHA-256 chain from the rows in the database, not from the grain's memory.
/// </summary>
public static class AuditApi
{
    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/competitions/{id:long}/audit").WithTags("Audit").RequireAuthorization(Roles.Jury).RequireJury();
        group.MapGet("/", ListAsync).WithSummary("The ledger's events in order; filter by contestant, aspect or judge to see one mark's history.");
        group.MapGet("/verify", VerifyAsync).WithSummary("Recompute the hash chain and name the first broken link, if any.");
        return app;
    }

    /// <summary>While judging is blind, the chief judge reads the ledger without what it says of contestants
    /// as people (names and employers registered or corrected, organizers' reasons); the hashes still cover it.</summary>
    public static async Task<Results<Ok<List<AuditEvent>>, ProblemHttpResult>> ListAsync(
        long id, long? contestantId, long? aspectId, long? judgeId, ClaimsPrincipal user,
        IDbContextFactory<CompetitionDbContext> contexts, IGrainFactory grains, CompetitionScopes scopes, CancellationToken cancellationToken)
    {
        var view = (await grains.Competition(id).GetViewAsync())!;
        var blinded = view.Blinding is { Hidden: true } && !await scopes.RunsAsync(user, view.Profile.HostOrganizationId);
        await using var db = contexts.CreateDbContext();
        var events = await db.LedgerEvents.AsNoTracking()
            .Where(e => e.CompetitionId == id)
            .Where(e => contestantId == null || e.ContestantId == contestantId)
            .Where(e => aspectId == null || e.AspectId == aspectId)
            .Where(e => judgeId == null || e.JudgeId == judgeId)
            .OrderBy(e => e.Sequence)
            .Select(e => new AuditEvent(e.Sequence, e.Type.ToString(), e.RecordedAt, e.Actor, e.SubmissionId, e.JudgeId, e.ContestantId,
                e.AspectId, e.ModuleId, e.Value, e.Reason, e.Payload, e.PreviousHash, e.Hash))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(blinded ? events.Select(e => AboutPeople.Contains(e.Type) ? e with { Payload = null, Reason = null } : e).ToList() : events);
    }

    private static readonly HashSet<string> AboutPeople = new[]
    {
        LedgerEventType.ContestantAdded, LedgerEventType.ContestantCorrected, LedgerEventType.ContestantWithdrawn, LedgerEventType.ContestantMoved,
    }.Select(t => t.ToString()).ToHashSet();

    public static async Task<Results<Ok<AuditVerification>, ProblemHttpResult>> VerifyAsync(
        long id, ClaimsPrincipal user, IDbContextFactory<CompetitionDbContext> contexts, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var events = await CompetitionLedger.ReadAsync(db, id).ToListAsync(cancellationToken);
        var broken = LedgerChain.Verify(id, events);
        return TypedResults.Ok(new AuditVerification(broken is null, events.Count, broken?.Sequence, broken?.Reason));
    }
}
