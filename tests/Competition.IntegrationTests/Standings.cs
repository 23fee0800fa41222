using System.Threading.Channels;
using Competition.Grains.Contracts;
using Competition.Server.Hubs;
using Competition.Testing;
using Microsoft.AspNetCore.SignalR.Client;

namespace Competition.IntegrationTests;

/// <summary>Standings as a page sees them: each board version once, in order. An audience's boards are
/// rebuilt from the whole board and the pushed changes, as the board page does; the jury is pushed whole
/// boards. A message whose version is not above the last is stale and dropped.</summary>
internal sealed class Standings : HubMessages<LeaderboardSnapshot>
{
    private long _lastVersion = -1;

    private Standings(HubConnection connection, ChannelReader<LeaderboardSnapshot> messages) : base(connection, messages)
    {
    }

    /// <summary>An audience on <c>/hubs/leaderboard</c>, or the jury on <c>/hubs/jury</c> with a token.</summary>
    public static Task<Standings> WatchAsync(PlatformFactory host, long competitionId, string? juryToken = null, bool messagePack = false) =>
        juryToken is null
            ? ConnectAsync(host, LeaderboardHub.Path, "Watch", competitionId, null, messagePack, ListenAsAudience, (c, r) => new Standings(c, r))
            : ConnectAsync(host, JuryHub.Path, "Join", competitionId, juryToken, messagePack, Listen(LeaderboardHub.LeaderboardMethod), (c, r) => new Standings(c, r));

    private static void ListenAsAudience(HubConnection connection, ChannelWriter<LeaderboardSnapshot> boards)
    {
        var live = new LiveBoard();
        // Handlers of one connection run one at a time, in the order the messages arrived.
        connection.On<LeaderboardSnapshot>(LeaderboardHub.LeaderboardMethod, board =>
        {
            if (live.Whole(board))
            {
                boards.TryWrite(live.Board!);
            }
        });
        connection.On<LeaderboardChanges>(LeaderboardHub.ChangesMethod, changes =>
        {
            if (live.Changes(changes))
            {
                boards.TryWrite(live.Board!);
            }
        });
    }

    public Task<LeaderboardSnapshot> NextAsync() => UntilAsync(_ => true);

    public async Task<LeaderboardSnapshot> UntilAsync(Func<LeaderboardSnapshot, bool> wanted)
    {
        while (true)
        {
            var message = await RawAsync();
            if (message.Version > _lastVersion)
            {
                _lastVersion = message.Version;
                if (wanted(message))
                {
                    return message;
                }
            }
        }
    }

    public Task<LeaderboardSnapshot> UntilVersionAsync(long version) => UntilAsync(s => s.Version >= version);
}
