using System.Net;
using Orleans.Configuration;

namespace Competition.Server.Hosting;

/// <summary>
/// The co-hosted silo. <c>Orleans:Clustering</c> chooses how silos find each other:
/// <c>Localhost</c> (default; several hosts on one machine form a cluster when each gets its own ports
/// and all name the first one's silo port as <c>Orleans:PrimarySiloPort</c>) or <c>AdoNet</c>
/// (production: membership in SQL Server, silos on any machines).
/// </summary>
public static class OrleansHosting
{
    public static WebApplicationBuilder AddCompetitionSilo(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection("Orleans");
        var siloPort = section.GetValue("SiloPort", 11111);
        var gatewayPort = section.GetValue("GatewayPort", 30000);
        var serviceId = section.GetValue("ServiceId", "competition")!;
        var clusterId = section.GetValue("ClusterId", "competition-local")!;

        builder.UseOrleans(silo =>
        {
            if (string.Equals(section["Clustering"], "AdoNet", StringComparison.OrdinalIgnoreCase))
            {
                silo.UseAdoNetClustering(options =>
                {
                    options.Invariant = section.GetValue("AdoNet:Invariant", "Microsoft.Data.SqlClient");
                    options.ConnectionString = section["AdoNet:ConnectionString"]
                        ?? throw new InvalidOperationException("Orleans:AdoNet:ConnectionString is required with Orleans:Clustering=AdoNet.");
                });
                // Listen on every interface, advertise this machine's address to the other silos.
                silo.ConfigureEndpoints(siloPort, gatewayPort, listenOnAnyHostAddress: true);
                silo.Configure<ClusterOptions>(options => (options.ClusterId, options.ServiceId) = (clusterId, serviceId));
            }
            else
            {
                var primaryPort = section.GetValue<int?>("PrimarySiloPort");
                silo.UseLocalhostClustering(siloPort, gatewayPort,
                    primaryPort is { } port ? new IPEndPoint(IPAddress.Loopback, port) : null, serviceId, clusterId);
            }
        });
        return builder;
    }
}
