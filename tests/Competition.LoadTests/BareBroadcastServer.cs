using Competition.Grains.Contracts;
using Competition.Server.Benchmarking;
using Competition.Server.Hosting;
using Competition.Server.Hubs;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Competition.LoadTests;

/// <summary>
/// The floor a freshly started platform is measured against, as a process of its own (<c>floor</c>): ASP.NET
/// Core and SignalR with the platform's hub path and protocols and nothing else — no grains, no ledger, no
/// ranking, no database. <c>PUT /board</c> gives it the board to send; <c>POST /floor/{nonce}</c> sends it
/// to everyone watching, the nonce in its version, as the platform's own floor does.
/// </summary>
public static class BareBroadcastServer
{
    public const string Command = "floor";

    public static async Task RunAsync(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.ConfigureHttpJsonOptions(o => PlatformServices.ConfigureJson(o.SerializerOptions));
        builder.Services.AddSignalR().AddJsonProtocol(o => PlatformServices.ConfigureJson(o.PayloadSerializerOptions)).AddMessagePackProtocol();
        builder.Services.AddSingleton<Board>();
        var app = builder.Build();
        app.UseWebSockets();
        app.MapHub<BareHub>(LeaderboardHub.Path);
        app.MapGet("/healthz", () => Results.Ok());
        app.MapPut("/board", (LeaderboardSnapshot board, Board held) =>
        {
            held.Current = board;
            return Results.NoContent();
        });
        app.MapPost("/floor/{nonce:long}", async (long nonce, Board held, IHubContext<BareHub> audience) =>
        {
            await audience.Clients.Group(Group).SendAsync(BroadcastFloorApi.Method, held.Current! with { Version = nonce });
            return Results.NoContent();
        });
        await app.RunAsync();
    }

    private const string Group = "watching";

    public sealed class Board
    {
        public LeaderboardSnapshot? Current { get; set; }
    }

    /// <summary>What a viewer calls on the platform's hub: join, then the whole board.</summary>
    public sealed class BareHub(Board held) : Hub
    {
        public async Task Watch(long competitionId)
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, Group);
            await Clients.Caller.SendAsync(LeaderboardHub.LeaderboardMethod, held.Current);
        }
    }
}
