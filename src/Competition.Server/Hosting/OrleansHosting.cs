using System.Net;

namespace Competition.Server.Hosting;

/// <summary>
/// The co-hosted silo. Localhost clustering by default; several hosts on one machine form a cluster
/// when each gets its own ports and all name the first one's silo port as <c>Orleans:PrimarySiloPort</c>.
/// </summary>
public static class OrleansHosting
{
    public static WebApplicationBuilder AddCompetitionSilo(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection("Orleans");
        var siloPort = section.GetValue("SiloPort", 11111);
        var gatewayPort = section.GetValue("GatewayPort", 30000);
        var primaryPort = section.GetValue<int?>("PrimarySiloPort");
        var serviceId = section.GetValue("ServiceId", "competition")!;
        var clusterId = section.GetValue("ClusterId", "competition-local")!;

        builder.UseOrleans(silo => silo.UseLocalhostClustering(
            siloPort,
            gatewayPort,
            primaryPort is { } port ? new IPEndPoint(IPAddress.Loopback, port) : null,
            serviceId,
            clusterId));
        return builder;
    }
}
