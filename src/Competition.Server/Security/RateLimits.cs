using System.Security.Claims;
using System.Threading.RateLimiting;
using Competition.Server.Problems;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Competition.Server.Security;

/// <summary>
/// Rate limits (ASP.NET Core's rate limiter), configurable under <c>RateLimits</c>: sign-in per client
/// address, marks per judge, public reads per client address. A refused request gets 429 with
/// <c>Retry-After</c> as problem+json.
/// </summary>
public sealed class RateLimits
{
    public const string Section = "RateLimits";
    public const string SignIn = "sign-in";
    public const string Marks = "marks";
    public const string Public = "public";

    /// <summary>Sign-in attempts per client address per minute.</summary>
    public int SignInPerMinute { get; set; } = 30;

    /// <summary>Marks a judge may send per second, after a burst (a tablet back online sends its queue).</summary>
    public int MarksPerSecond { get; set; } = 20;
    public int MarksBurst { get; set; } = 200;

    /// <summary>Public reads per client address per ten seconds. A hall's phones often share one address:
    /// audiences should use the SignalR hub, which this does not limit.</summary>
    public int PublicPerTenSeconds { get; set; } = 500;

    public static IServiceCollection AddPlatformRateLimits(IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection(Section).Get<RateLimits>() ?? new RateLimits();
        return services.AddRateLimiter(options =>
        {
            options.AddPolicy(SignIn, context => RateLimitPartition.GetFixedWindowLimiter(ClientAddress.Of(context),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.SignInPerMinute, Window = TimeSpan.FromMinutes(1) }));
            options.AddPolicy(Marks, context => RateLimitPartition.GetTokenBucketLimiter(
                context.User.FindFirstValue(JwtRegisteredClaimNames.Sub) ?? ClientAddress.Of(context),
                _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = limits.MarksBurst, TokensPerPeriod = limits.MarksPerSecond, ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                }));
            options.AddPolicy(Public, context => RateLimitPartition.GetFixedWindowLimiter(ClientAddress.Of(context),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.PublicPerTenSeconds, Window = TimeSpan.FromSeconds(10) }));
            options.OnRejected = RejectAsync;
        });
    }

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var response = rejected.HttpContext.Response;
        var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(1);
        await ApiProblems.TooManyRequests(response, wait, "rate-limited", "Too many requests: wait a moment and try again.")
            .ExecuteAsync(rejected.HttpContext);
    }
}
