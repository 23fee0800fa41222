using System.Security.Claims;
using Competition.Grains.Contracts;
using Competition.Server.Organizations;

namespace Competition.Server.Auth;

/// <summary>
/// An organizer's scope: the competitions hosted by their organisation or one below it. Administrators
/// run every competition. Outside their scope an organizer is nobody special: a command answers 404, a
/// read shows only what the public sees.
/// </summary>
public sealed class CompetitionScopes(OrganizationDirectory directory, IGrainFactory grains)
{
    /// <summary>Whether this token may run (and act as the jury of) a competition hosted by <paramref name="host"/>.</summary>
    public async Task<bool> RunsAsync(ClaimsPrincipal user, long? host)
    {
        if (!user.IsInRole(Roles.Organizer))
        {
            return false;
        }
        if (user.IsInRole(Roles.Administrator))
        {
            return true;
        }
        return user.OrganizationIdOf() is { } own && host is { } hostId && (await directory.TreeAsync()).Covers(own, hostId);
    }

    /// <summary>Whether this token may hold a competition for <paramref name="organization"/>: its own or one below.</summary>
    public Task<bool> MayHostAsync(ClaimsPrincipal user, long organization) => RunsAsync(user, organization);

    /// <summary>The jury of a competition: an organizer who runs it, or its chief judge.</summary>
    public async Task<bool> IsJuryOfAsync(ClaimsPrincipal user, long competitionId) =>
        user.IsChiefOf(competitionId) || await RunsCompetitionAsync(user, competitionId);

    /// <summary>Whether this token runs the competition (and so sees its contestants' names while judging is blind).</summary>
    public async Task<bool> RunsCompetitionAsync(ClaimsPrincipal user, long competitionId) =>
        user.IsInRole(Roles.Organizer)
        && await grains.Competition(competitionId).GetViewAsync() is { } view
        && await RunsAsync(user, view.Profile.HostOrganizationId);
}
