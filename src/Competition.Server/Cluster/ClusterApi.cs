using Competition.Data;
using Competition.Grains.Contracts;
using Competition.Server.Auth;
using Competition.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Competition.Server.Cluster;

/// <summary>
/// The cluster as an administrator needs to see it when several hosts run together: which hosts are
/// members and in what state, which one answered, and which host a competition runs on now (the one to
/// keep up during a final, or the one whose loss moved it).
/// </summary>
public static class ClusterApi
{
    public static IEndpointRouteBuilder MapClusterApi(this IEndpointRouteBuilder app)
    {
        var cluster = app.MapGroup("/api/cluster").WithTags("Cluster").RequireAuthorization(Roles.Administrator);
        cluster.MapGet("/", GetAsync).WithSummary("The cluster's hosts (silos) with their state, and which of them answered.");
        cluster.MapGet("/competitions/{id:long}", CompetitionHostAsync)
            .WithSummary("The host a competition is active on now; null when it is active nowhere (it comes back on first use). 404 competition.not-found.");
        return app;
    }

    public static async Task<Ok<ClusterView>> GetAsync(IGrainFactory grains, ILocalSiloDetails thisSilo)
    {
        var hosts = await grains.GetGrain<IManagementGrain>(0).GetDetailedHosts();
        return TypedResults.Ok(new ClusterView(thisSilo.SiloAddress.ToParsableString(), hosts
            .OrderBy(h => h.StartTime)
            .Select(h => new SiloView(h.SiloAddress.ToParsableString(), h.Status.ToString(), h.SiloName, h.HostName, h.StartTime,
                h.SiloAddress.Equals(thisSilo.SiloAddress)))
            .ToList()));
    }

    public static async Task<Results<Ok<CompetitionHost>, ProblemHttpResult>> CompetitionHostAsync(
        long id, IGrainFactory grains, IDbContextFactory<CompetitionDbContext> contexts, CancellationToken cancellationToken)
    {
        await using (var db = contexts.CreateDbContext())
        {
            if (!await db.Competitions.AnyAsync(c => c.Id == id, cancellationToken))
            {
                return Outcomes.CompetitionNotFound(id);
            }
        }
        var silo = await grains.GetGrain<IManagementGrain>(0).GetActivationAddress(grains.Competition(id));
        return TypedResults.Ok(new CompetitionHost(id, silo?.ToParsableString()));
    }
}
