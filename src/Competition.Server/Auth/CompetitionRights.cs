using System.Security.Claims;
using Competition.Server.Apis;

namespace Competition.Server.Auth;

/// <summary>
/// Per-competition rights, checked before anything else about the request: a chief judge or judge token
/// is good for its own competition only. Applied to route groups whose routes carry the competition id.
/// </summary>
public static class CompetitionRights
{
    public static TBuilder RequireJury<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.Require((user, id) => user.IsJuryOf(id));

    public static TBuilder RequireChief<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.Require((user, id) => user.IsChiefOf(id));

    public static TBuilder RequireJudgeOfCompetition<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.Require((user, id) => user.JudgeOf(id) is not null);

    private static TBuilder Require<TBuilder>(this TBuilder builder, Func<ClaimsPrincipal, long, bool> allowed)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var id = long.TryParse(context.HttpContext.Request.RouteValues["id"]?.ToString(), out var value) ? value : 0;
            return allowed(context.HttpContext.User, id) ? await next(context) : Outcomes.OtherCompetition(id);
        });
}
