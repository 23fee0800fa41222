using Competition.Grains.Contracts;
using Microsoft.AspNetCore.SignalR;

namespace Competition.Server.Hubs;

/// <summary>
/// Audiences call <c>Watch(competitionId)</c> and then receive <c>leaderboard</c> messages: the current
/// snapshot at once, then one per coalesced change. A message whose version is not above the last one
/// seen is stale and can be dropped by the client.
/// </summary>
public sealed class LeaderboardHub(IGrainFactory grains, CompetitionBroadcaster broadcaster) : Hub
{
    public const string Path = "/hubs/leaderboard";
    public const string LeaderboardMethod = "leaderboard";

    public async Task Watch(long competitionId)
    {
        // Join the group before reading the snapshot: a change made in between then arrives as a newer version.
        await Groups.AddToGroupAsync(Context.ConnectionId, CompetitionBroadcaster.GroupName(competitionId));
        await broadcaster.WatchAsync(competitionId, Context.ConnectionId);
        var snapshot = await grains.GetGrain<ICompetitionGrain>(competitionId).GetLeaderboardAsync();
        if (snapshot is null)
        {
            await Unwatch(competitionId);
            throw new HubException($"Competition {competitionId} does not exist.");
        }
        await Clients.Caller.SendAsync(LeaderboardMethod, snapshot);
    }

    public async Task Unwatch(long competitionId)
    {
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, CompetitionBroadcaster.GroupName(competitionId));
        await broadcaster.UnwatchAsync(competitionId, Context.ConnectionId);
    }

    public override Task OnDisconnectedAsync(Exception? exception) => broadcaster.ForgetAsync(Context.ConnectionId);
}
