using Competition.Grains.Contracts;
using Competition.Server.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Competition.Server.Hubs;

/// <summary>
/// Judges, the chief judge and organizers call <c>Join(competitionId)</c> and then receive <c>jury</c>
/// notices (re-score requests, resolutions, locks, corrections) as they are recorded, and the live
/// <c>leaderboard</c> (never frozen) at once and after each change. The bearer token travels as the
/// <c>access_token</c> query parameter, as browsers cannot set headers on WebSockets.
/// </summary>
[Authorize]
public sealed class JuryHub(IGrainFactory grains, CompetitionBroadcaster broadcaster, CompetitionScopes scopes) : Hub
{
    public const string Path = "/hubs/jury";
    public const string NoticeMethod = "jury";

    public async Task Join(long competitionId)
    {
        var user = Context.User!;
        // The same rights as the jury's HTTP routes: a judge of this competition, or an organizer who runs it.
        if (user.JudgeOf(competitionId) is null && !await scopes.IsJuryOfAsync(user, competitionId))
        {
            throw new HubException($"This token is not for competition {competitionId}.");
        }
        await Groups.AddToGroupAsync(Context.ConnectionId, CompetitionBroadcaster.JuryGroupName(competitionId));
        await broadcaster.WatchAsync(competitionId, Context.ConnectionId);
        if (await grains.GetGrain<ICompetitionGrain>(competitionId).GetJuryLeaderboardAsync() is { } live)
        {
            await Clients.Caller.SendAsync(LeaderboardHub.LeaderboardMethod, live);
        }
    }

    public override Task OnDisconnectedAsync(Exception? exception) => broadcaster.ForgetAsync(Context.ConnectionId);
}
