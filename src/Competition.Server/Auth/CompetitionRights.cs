using System.Security.Claims;
using Competition.Grains.Contracts;
using Competition.Server.Apis;
using Competition.Server.Problems;

namespace Competition.Server.Auth;

/// <summary>
/// Per-competition rights, checked before anything else about the request: a chief judge or judge token
/// is good for its own competition only; then the competition must exist (404 otherwise, rather than an
/// empty answer about nothing). Applied to route groups whose routes carry the competition id.
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
            var http = context.HttpContext;
            var id = long.TryParse(http.Request.RouteValues["id"]?.ToString(), out var value) ? value : 0;
            if (!allowed(http.User, id))
            {
                return Outcomes.OtherCompetition(id);
            }
            var grains = http.RequestServices.GetRequiredService<IGrainFactory>();
            return await grains.GetGrain<ICompetitionGrain>(id).GetViewAsync() is null
                ? ApiProblems.NotFound("competition.not-found", $"Competition {id} does not exist.")
                : await next(context);
        });
}
