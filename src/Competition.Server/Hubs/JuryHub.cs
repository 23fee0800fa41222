using Competition.Grains.Contracts;
using Competition.Server.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Competition.Server.Hubs;

/// <summary>
/// Judges, the chief judge and organizers call <c>Join(competitionId)</c> and then receive <c>jury</c>
/// notices (re-score requests, resolutions, locks, corrections) as they are recorded; the chief judge and
/// the organizers who run the competition (those whom <c>leaderboard?view=jury</c> answers) also receive
/// the live <c>leaderboard</c> (never frozen) at once and after each change. The bearer token travels as
/// the <c>access_token</c> query parameter, as browsers cannot set headers on WebSockets.
/// </summary>
[Authorize]
public sealed class JuryHub(IGrainFactory grains, CompetitionBroadcaster broadcaster, CompetitionScopes scopes, HubSessions sessions) : Hub
{
    public const string Path = "/hubs/jury";
    public const string NoticeMethod = "jury";

    public async Task Join(long competitionId)
    {
        var user = Context.User!;
        // The same rights as the HTTP routes: notices for a judge of this competition or its jury; the
        // live standings for the jury alone.
        var jury = await scopes.IsJuryOfAsync(user, competitionId);
        if (user.JudgeOf(competitionId) is null && !jury)
        {
            throw new HubException($"This token is not for competition {competitionId}.");
        }
        await Groups.AddToGroupAsync(Context.ConnectionId, CompetitionBroadcaster.JuryGroupName(competitionId));
        await broadcaster.WatchAsync(competitionId, Context.ConnectionId);
        if (!jury)
        {
            return;
        }
        await Groups.AddToGroupAsync(Context.ConnectionId, CompetitionBroadcaster.StandingsGroupName(competitionId));
        if (await grains.Competition(competitionId).GetJuryLeaderboardAsync() is { } live)
        {
            await Clients.Caller.SendAsync(LeaderboardHub.LeaderboardMethod, live);
        }
    }

    /// <summary>The connection is held to its token from now on: signed out or expired, it is closed.</summary>
    public override Task OnConnectedAsync()
    {
        sessions.Opened(Context);
        return Task.CompletedTask;
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        sessions.Closed(Context.ConnectionId);
        return broadcaster.ForgetAsync(Context.ConnectionId);
    }
}
