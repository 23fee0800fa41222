using System.Threading.Channels;
using Competition.Grains.Contracts;
using Competition.Testing;
using Microsoft.AspNetCore.SignalR.Client;

namespace Competition.IntegrationTests;

/// <summary>Standings as a page receives them: a message whose version is not above the last is stale and dropped.</summary>
internal sealed class Standings : HubMessages<LeaderboardSnapshot>
{
    private long _lastVersion = -1;

    private Standings(HubConnection connection, ChannelReader<LeaderboardSnapshot> messages) : base(connection, messages)
    {
    }

    /// <summary>An audience on <c>/hubs/leaderboard</c>, or the jury on <c>/hubs/jury</c> with a token.</summary>
    public static Task<Standings> WatchAsync(PlatformFactory host, long competitionId, string? juryToken = null, bool messagePack = false) =>
        juryToken is null
            ? ConnectAsync(host, "/hubs/leaderboard", "Watch", "leaderboard", competitionId, null, messagePack, (c, r) => new Standings(c, r))
            : ConnectAsync(host, "/hubs/jury", "Join", "leaderboard", competitionId, juryToken, messagePack, (c, r) => new Standings(c, r));

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
