using System.Diagnostics;
using Competition.Grains.Contracts;
using Competition.Server.Benchmarking;
using Competition.Server.Hubs;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Competition.Testing;

/// <summary>
/// One phone in the hall: a real SignalR connection (JSON or MessagePack) watching one competition, keeping
/// the board as the board page does (the whole board, then pushed changes). It notes when it first held
/// each version and when each floor broadcast arrived (Stopwatch ticks of this process, the same clock the
/// judges' requests are timed with). When its host goes away it reconnects (through a load balancer, to
/// another host) and watches again, as the board page does.
/// </summary>
public sealed class Viewer : IAsyncDisposable
{
    private readonly List<(long Version, long At)> _boards = [];
    private readonly Dictionary<long, long> _floors = [];
    private readonly HubConnection _connection;
    private readonly LiveBoard _live = new();

    private Viewer(HubConnection connection, long competitionId, bool messagePack) =>
        (_connection, CompetitionId, MessagePack) = (connection, competitionId, messagePack);

    public long CompetitionId { get; }

    public bool MessagePack { get; }

    public LeaderboardSnapshot? Latest => _live.Board;

    /// <summary>Pushed changes that did not follow on from the board held (each one asked for the whole board again).</summary>
    public int Gaps => _live.Gaps;

    public long LatestVersion => Volatile.Read(ref _latestVersion);
    private long _latestVersion = -1;

    public int Received => Volatile.Read(ref _received);
    private int _received;

    public bool Closed { get; private set; }

    /// <summary>How often the connection was lost and made again.</summary>
    public int Reconnections => Volatile.Read(ref _reconnections);
    private int _reconnections;

    /// <param name="hostKey">The key a load balancer keeps the connection's host by, as the pages send it (live.js).</param>
    public static async Task<Viewer> ConnectAsync(Uri server, long competitionId, bool messagePack, CancellationToken cancellationToken, string? hostKey = null)
    {
        // WebSockets straight away, as browsers end up: no negotiate round trip per phone.
        var hub = new Uri(server, hostKey is null ? LeaderboardHub.Path : $"{LeaderboardHub.Path}?lb={hostKey}");
        var builder = new HubConnectionBuilder().WithUrl(hub, o =>
        {
            o.Transports = HttpTransportType.WebSockets;
            o.SkipNegotiation = true;
        }).WithAutomaticReconnect(new SteadyRetry());
        var connection = (messagePack ? builder.AddMessagePackProtocol() : builder.AddJsonProtocol(o => o.PayloadSerializerOptions = PlatformClient.Json)).Build();
        var viewer = new Viewer(connection, competitionId, messagePack);
        connection.On<LeaderboardSnapshot>(LeaderboardHub.LeaderboardMethod, board => viewer.OnBoard(viewer._live.Whole(board)));
        connection.On<LeaderboardChanges>(LeaderboardHub.ChangesMethod, changes =>
        {
            var gaps = viewer._live.Gaps;
            viewer.OnBoard(viewer._live.Changes(changes));
            if (viewer._live.Gaps > gaps)
            {
                // As the board page does: a missed push, so ask for the whole board again.
                _ = connection.InvokeAsync("Watch", competitionId);
            }
        });
        connection.On<LeaderboardSnapshot>(BroadcastFloorApi.Method, viewer.OnFloor);
        connection.Closed += _ => { viewer.Closed = true; return Task.CompletedTask; };
        // A reconnection is a new connection, in no group yet: watch again, which also sends the whole board.
        connection.Reconnected += _ =>
        {
            Interlocked.Increment(ref viewer._reconnections);
            return connection.InvokeAsync("Watch", competitionId);
        };
        await connection.StartAsync(cancellationToken);
        await connection.InvokeAsync("Watch", competitionId, cancellationToken);
        return viewer;
    }

    private void OnBoard(bool movedOn)
    {
        var at = Stopwatch.GetTimestamp();
        Interlocked.Increment(ref _received);
        if (movedOn)
        {
            lock (_boards)
            {
                _boards.Add((_live.Board!.Version, at));
                Volatile.Write(ref _latestVersion, _live.Board.Version);
            }
        }
    }

    private void OnFloor(LeaderboardSnapshot board)
    {
        var at = Stopwatch.GetTimestamp();
        Interlocked.Increment(ref _received);
        lock (_floors)
        {
            _floors[board.Version] = at;
        }
    }

    /// <summary>When this viewer first held version <paramref name="version"/> or a later one (coalesced), if ever.</summary>
    public long? FirstSeen(long version)
    {
        lock (_boards)
        {
            foreach (var (seen, at) in _boards)
            {
                if (seen >= version)
                {
                    return at;
                }
            }
            return null;
        }
    }

    public long? FloorSeen(long nonce)
    {
        lock (_floors)
        {
            return _floors.TryGetValue(nonce, out var at) ? at : null;
        }
    }

    /// <summary>Whether the connection is up now (not reconnecting).</summary>
    public bool Connected => _connection.State == HubConnectionState.Connected;

    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    /// <summary>Tries again every half second for a minute: long enough for a cluster to drop a dead host.</summary>
    private sealed class SteadyRetry : IRetryPolicy
    {
        public TimeSpan? NextRetryDelay(RetryContext retryContext) =>
            retryContext.ElapsedTime < TimeSpan.FromMinutes(1) ? TimeSpan.FromMilliseconds(500) : null;
    }
}
