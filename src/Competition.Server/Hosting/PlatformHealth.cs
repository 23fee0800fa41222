using Competition.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Competition.Server.Hosting;

/// <summary>Ready when the database answers, this host's silo is an active cluster member and the start-up
/// warm-up is over (so a load balancer sends the first visitors to a host that answers them fast).</summary>
internal sealed class PlatformHealth(
    IDbContextFactory<CompetitionDbContext> contexts, IClusterMembershipService membership, ILocalSiloDetails silo, StartupWarmUp warmUp) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!warmUp.IsDone)
        {
            return HealthCheckResult.Unhealthy("Warming up: loading the running competitions and compiling the public reads.");
        }
        var status = membership.CurrentSnapshot.GetSiloStatus(silo.SiloAddress);
        if (status != SiloStatus.Active)
        {
            return HealthCheckResult.Unhealthy($"The silo is {status}.");
        }
        await using var db = contexts.CreateDbContext();
        return await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("The database does not answer.");
    }
}
