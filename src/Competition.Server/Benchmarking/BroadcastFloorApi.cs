using Competition.Grains.Contracts;
using Competition.Server.Hubs;
using Microsoft.AspNetCore.SignalR;

namespace Competition.Server.Benchmarking;

/// <summary>
/// The floor the load benchmark compares the platform against: a bare SignalR broadcast of the
/// competition's current board (the same message a mark produces) to the same audience, with no ledger,
/// no ranking and no grain turn in between. Mapped only when <c>Benchmark:Enabled</c> is true (never in
/// a venue), outside /api, and unauthenticated — it changes nothing but costs a broadcast.
/// </summary>
public static class BroadcastFloorApi
{
    public const string Method = "floor";

    public static IEndpointRouteBuilder MapBroadcastFloor(this IEndpointRouteBuilder app)
    {
        // The board is read once per competition: the floor times the broadcast, not the read.
        var boards = new System.Collections.Concurrent.ConcurrentDictionary<long, LeaderboardSnapshot>();
        app.MapPost("/benchmark/floor/{id:long}/{nonce:long}", async (long id, long nonce, IGrainFactory grains,
            IHubContext<LeaderboardHub> audience) =>
        {
            if (!boards.TryGetValue(id, out var board))
            {
                board = await grains.Competition(id).GetLeaderboardAsync();
                if (board is null)
                {
                    return Results.NotFound();
                }
                boards[id] = board;
            }
            // The nonce rides in Version so the message has the board's shape and size.
            await audience.Clients.Group(CompetitionBroadcaster.GroupName(id)).SendAsync(Method, board with { Version = nonce });
            return Results.NoContent();
        }).ExcludeFromDescription();
        return app;
    }
}
