using Competition.Data;
using Competition.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Competition.Server.Auth;

/// <summary>Writes administrative actions (accounts, roles, lock-outs, competition definitions) to the
/// audit log, committed before the action is reported done.</summary>
public sealed class AdminAuditLog(IDbContextFactory<CompetitionDbContext> contexts, TimeProvider time)
{
    public async Task RecordAsync(string actor, string action, string target, string? detail = null)
    {
        await using var db = contexts.CreateDbContext();
        Stage(db, actor, action, target, detail);
        await db.SaveChangesAsync();
    }

    /// <summary>Adds the entry to <paramref name="db"/>, so it commits in the same transaction as the action.</summary>
    public void Stage(CompetitionDbContext db, string actor, string action, string target, string? detail = null) =>
        db.AdminAudit.Add(new AdminAuditEntity { At = time.GetUtcNow(), Actor = actor, Action = action, Target = target, Detail = detail });
}
