using System.Net;
using Competition.Data;
using Orleans.Configuration;

namespace Competition.Server.Hosting;

/// <summary>
/// The co-hosted silo. <c>Orleans:Clustering</c> chooses how silos find each other:
/// <c>Localhost</c> (default; several hosts on one machine form a cluster when each gets its own ports
/// and all name the first one's silo port as <c>Orleans:PrimarySiloPort</c>) or <c>AdoNet</c>
/// (production: membership in the production database, PostgreSQL or SQL Server, whose migrations create
/// Orleans' tables; silos on any machines).
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

        var clustering = section["Clustering"];
        if (clustering is not null)
        {
            // Orleans reads its own "Orleans" section too, where a Clustering entry would name a provider of its
            // configuration model; the platform's plain Orleans:Clustering=AdoNet is hidden from it.
            builder.Configuration.AddInMemoryCollection([new KeyValuePair<string, string?>("Orleans:Clustering", null)]);
        }

        builder.UseOrleans(silo =>
        {
            if (string.Equals(clustering, "AdoNet", StringComparison.OrdinalIgnoreCase))
            {
                var database = builder.Configuration.DatabaseOptions();
                silo.UseAdoNetClustering(options =>
                {
                    // By default the membership lives in the platform's own database, where its migrations made the tables.
                    options.Invariant = section["AdoNet:Invariant"] ?? (database.Provider == DatabaseProvider.PostgreSql ? "Npgsql" : "Microsoft.Data.SqlClient");
                    options.ConnectionString = section["AdoNet:ConnectionString"] ?? database.ConnectionString;
                });
                // Listen on every interface; advertise Orleans:AdvertisedAddress to the other silos, else this machine's address.
                if (section["AdvertisedAddress"] is { Length: > 0 } advertised)
                {
                    silo.ConfigureEndpoints(IPAddress.Parse(advertised), siloPort, gatewayPort, listenOnAnyHostAddress: true);
                }
                else
                {
                    silo.ConfigureEndpoints(siloPort, gatewayPort, listenOnAnyHostAddress: true);
                }
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
