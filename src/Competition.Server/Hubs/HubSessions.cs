using System.Collections.Concurrent;
using System.Security.Claims;
using Competition.Server.Auth;
using Microsoft.AspNetCore.SignalR;

namespace Competition.Server.Hubs;

/// <summary>
/// Holds each open jury-hub connection to its token. An HTTP request is checked against sign-outs every
/// time, but a WebSocket is authenticated once: without this, a connection whose token was signed out
/// (sign-out, a new role, a reused refresh token) or has expired would go on hearing what that token no
/// longer may. Every host sweeps its own connections; sign-outs are in the shared database, so a sign-out
/// on one host closes the connections on all of them within a sweep and the sign-out cache's few seconds.
/// </summary>
public sealed class HubSessions(Sessions sessions, TimeProvider time, ILogger<HubSessions> logger) : BackgroundService
{
    public static readonly TimeSpan SweepInterval = TimeSpan.FromSeconds(2);

    private readonly ConcurrentDictionary<string, (HubCallerContext Connection, string Subject, DateTimeOffset IssuedAt, DateTimeOffset ExpiresAt)> _open = new();

    public void Opened(HubCallerContext connection)
    {
        var user = connection.User!;
        _open[connection.ConnectionId] = (connection, user.Actor(), user.IssuedAt(), user.ExpiresAt());
    }

    public void Closed(string connectionId) => _open.TryRemove(connectionId, out _);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(SweepInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await SweepAsync();
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Could not check the open hub connections against sign-outs");
            }
        }
    }

    /// <summary>Closes every connection whose token has expired or was signed out.</summary>
    public async Task SweepAsync()
    {
        var now = time.GetUtcNow();
        foreach (var (id, open) in _open)
        {
            if (open.ExpiresAt <= now || await sessions.IsSignedOutAsync(open.Subject, open.IssuedAt))
            {
                open.Connection.Abort();
                _open.TryRemove(id, out _);
            }
        }
    }
}
