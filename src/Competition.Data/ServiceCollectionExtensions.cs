using Competition.Data.Ledger;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Competition.Data;

/// <summary>Registers the configured database.</summary>
public static class ServiceCollectionExtensions
{
    public static IServiceCollection AddCompetitionDatabase(this IServiceCollection services, DatabaseOptions options, string contentRoot)
    {
        var factory = new CompetitionDbContextFactory(options, contentRoot);
        services.AddSingleton(factory);
        services.AddSingleton<IDbContextFactory<CompetitionDbContext>>(factory);
        services.AddSingleton<CompetitionLedger>();
        return services;
    }
}
