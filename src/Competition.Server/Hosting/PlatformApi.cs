using Competition.Server.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Competition.Server.Hosting;

/// <summary>What pages need to know of the platform itself: the place whose calendar it keeps.</summary>
public static class PlatformApi
{
    /// <summary>The platform's time zone (IANA name, as browsers' date formatting takes it) and today's date there.</summary>
    public sealed record PlatformFacts(string TimeZone, DateOnly Today);

    public static IEndpointRouteBuilder MapPlatformApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/platform", Get).WithTags("Platform").RequireRateLimiting(RateLimits.Public)
            .WithSummary("The platform's time zone and today's date there: every date the platform shows is that zone's.");
        return app;
    }

    public static Ok<PlatformFacts> Get(PlatformCalendar calendar) => TypedResults.Ok(new PlatformFacts(calendar.Zone.Id, calendar.Today()));
}
