using Competition.Data;
using Competition.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace Competition.Grains;

/// <summary>Services the grains need in every silo and client.</summary>
public static class GrainServices
{
    public static IServiceCollection AddCompetitionGrainServices(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IPasswordHasher<JudgeEntity>, PasswordHasher<JudgeEntity>>();
        // Domain records (rules, moderation items, drift, errors…) cross silos as JSON, so the domain
        // stays free of Orleans attributes; enums and grain contracts use Orleans' own codecs.
        services.AddSerializer(serializer => serializer.AddJsonSerializer(IsDomainType, StoredJson.Options));
        return services;
    }

    // Outcome<T> has a surrogate (OutcomeSurrogate) for Orleans' own codec.
    private static bool IsDomainType(Type type) =>
        !type.IsEnum && type.Namespace?.StartsWith("Competition.Domain", StringComparison.Ordinal) == true
        && !(type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Competition.Domain.Outcome<>));
}
