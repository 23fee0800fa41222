using System.Security.Claims;
using Competition.Grains.Contracts;
using Competition.Server.Problems;

namespace Competition.Server.Auth;

/// <summary>
/// Per-competition rights, checked before anything else about the request: a chief judge or judge token
/// is good for its own competition only; then the competition must exist, and an organizer must run it
/// (<see cref="CompetitionScopes"/>): 404 otherwise, so nothing about another organisation's competition
/// leaks. Applied to route groups whose routes carry the competition id.
/// </summary>
public static class CompetitionRights
{
    /// <summary>An organizer who runs the competition, or its chief judge.</summary>
    public static TBuilder RequireJury<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.Require((user, id) => user.IsInRole(Roles.Organizer) || user.IsChiefOf(id));

    public static TBuilder RequireChief<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.Require((user, id) => user.IsChiefOf(id));

    public static TBuilder RequireJudgeOfCompetition<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.Require((user, id) => user.JudgeOf(id) is not null);

    /// <summary>For organizer routes (the policy has admitted organizers only): the competition in the
    /// route, if there is one, must be theirs to run.</summary>
    public static TBuilder RequireRunning<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.Require((_, _) => true);

    private static TBuilder Require<TBuilder>(this TBuilder builder, Func<ClaimsPrincipal, long, bool> allowed)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            if (http.Request.RouteValues["id"] is not { } routeId)
            {
                return await next(context);
            }
            var id = long.TryParse(routeId.ToString(), out var value) ? value : 0;
            if (!allowed(http.User, id))
            {
                return Outcomes.OtherCompetition(id);
            }
            var view = await http.RequestServices.GetRequiredService<IGrainFactory>().Competition(id).GetViewAsync();
            var mayAct = view is not null && (http.User.JudgeOf(id) is not null
                || await http.RequestServices.GetRequiredService<CompetitionScopes>().RunsAsync(http.User, view.Profile.HostOrganizationId));
            return mayAct ? await next(context) : Outcomes.CompetitionNotFound(id);
        });
}
