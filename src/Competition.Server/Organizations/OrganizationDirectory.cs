using Competition.Data;
using Competition.Data.Entities;
using Competition.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Competition.Server.Organizations;

/// <summary>
/// The organisation registry as the rights checks need it: the tree of parents, kept in memory and read
/// again after a change here or at most <see cref="MaximumAge"/> after one on another host.
/// </summary>
public sealed class OrganizationDirectory(IDbContextFactory<CompetitionDbContext> contexts, TimeProvider time)
{
    /// <summary>How stale another host's change to the tree may be seen here (organisations rarely move).</summary>
    public static readonly TimeSpan MaximumAge = TimeSpan.FromSeconds(30);

    private (OrganizationTree Tree, long LoadedAt)? _cached;

    public async Task<OrganizationTree> TreeAsync(CancellationToken cancellationToken = default)
    {
        if (_cached is { } cached && time.GetElapsedTime(cached.LoadedAt) < MaximumAge)
        {
            return cached.Tree;
        }
        await using var db = contexts.CreateDbContext();
        var parents = await db.Organizations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.ParentId, cancellationToken);
        var tree = new OrganizationTree(parents);
        _cached = (tree, time.GetTimestamp());
        return tree;
    }

    /// <summary>After a change to the registry on this host: the next check reads it again.</summary>
    public void Changed() => _cached = null;

    /// <summary>
    /// Makes sure the registry has its federation at the top (named by <paramref name="federationName"/> when
    /// it has to be created) and that nothing is left outside the tree: organisations without a parent go
    /// under it, and so do accounts, competitions and agreements from before the registry.
    /// </summary>
    public static async Task<long> EnsureFederationAsync(CompetitionDbContext db, string federationName, TimeProvider time, CancellationToken cancellationToken)
    {
        var federation = await db.Organizations.Where(o => o.ParentId == null && o.Kind == OrganizationKind.Federation)
            .OrderBy(o => o.Id).FirstOrDefaultAsync(cancellationToken);
        if (federation is null)
        {
            federation = await db.Organizations.SingleOrDefaultAsync(o => o.Name == federationName, cancellationToken)
                ?? db.Organizations.Add(new OrganizationEntity { Name = federationName, CreatedAt = time.GetUtcNow() }).Entity;
            (federation.Kind, federation.ParentId) = (OrganizationKind.Federation, null);
            await db.SaveChangesAsync(cancellationToken);
        }
        var id = federation.Id;
        await db.Organizations.Where(o => o.ParentId == null && o.Id != id).ExecuteUpdateAsync(s => s.SetProperty(o => o.ParentId, id), cancellationToken);
        await db.Accounts.Where(a => a.OrganizationId == null).ExecuteUpdateAsync(s => s.SetProperty(a => a.OrganizationId, id), cancellationToken);
        await db.Competitions.Where(c => c.HostOrganizationId == null).ExecuteUpdateAsync(s => s.SetProperty(c => c.HostOrganizationId, id), cancellationToken);
        await db.Agreements.Where(a => a.OrganizationId == null).ExecuteUpdateAsync(s => s.SetProperty(a => a.OrganizationId, id), cancellationToken);
        return id;
    }
}
