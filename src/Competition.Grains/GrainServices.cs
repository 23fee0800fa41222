using Competition.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Competition.Grains;

/// <summary>Services the grains need in every silo.</summary>
public static class GrainServices
{
    public static IServiceCollection AddCompetitionGrainServices(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IPasswordHasher<JudgeEntity>, PasswordHasher<JudgeEntity>>();
        return services;
    }
}
