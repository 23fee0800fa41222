namespace Competition.Grains.Contracts;

/// <summary>
/// A silo-local listener (one per host) that relays standings to that host's SignalR group.
/// One-way: a slow host must never hold up the competition grain.
/// </summary>
[Alias("Competition.ILeaderboardObserver")]
public interface ILeaderboardObserver : IGrainObserver
{
    [OneWay]
    Task OnLeaderboardChangedAsync(LeaderboardSnapshot snapshot);
}
