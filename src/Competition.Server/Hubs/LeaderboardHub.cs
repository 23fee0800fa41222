using Competition.Grains.Contracts;
using Microsoft.AspNetCore.SignalR;

namespace Competition.Server.Hubs;

/// <summary>
/// Audiences call <c>Watch(competitionId)</c> and receive the whole board at once as a <c>leaderboard</c>
/// message, then a <c>leaderboardChanges</c> message per coalesced change: the rows that differ from the
/// board before (<see cref="LeaderboardChanges"/>). A client holding another version than the changes'
/// <c>previousVersion</c> missed a push and calls <c>Watch</c> again for the whole board.
/// </summary>
public sealed class LeaderboardHub(IGrainFactory grains, CompetitionBroadcaster broadcaster) : Hub
{
    public const string Path = "/hubs/leaderboard";
    public const string LeaderboardMethod = "leaderboard";
    public const string ChangesMethod = "leaderboardChanges";

    public async Task Watch(long competitionId)
    {
        // Join the group before reading the board: changes pushed in between then follow on from it or are older.
        // The board read is the one last pushed, so the next changes apply to it.
        await Groups.AddToGroupAsync(Context.ConnectionId, CompetitionBroadcaster.GroupName(competitionId));
        await broadcaster.WatchAsync(competitionId, Context.ConnectionId);
        var snapshot = await grains.Competition(competitionId).GetPublishedBoardAsync();
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
