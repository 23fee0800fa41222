namespace Competition.Grains.Contracts;

/// <summary>
/// A silo-local listener (one per host) that relays a competition's changes to that host's SignalR
/// groups: standings to audiences, jury notices to judges and the chief judge. One-way: a slow host
/// must never hold up the competition grain.
/// </summary>
[Alias("Competition.ICompetitionObserver")]
public interface ICompetitionObserver : IGrainObserver
{
    [OneWay]
    Task OnLeaderboardChangedAsync(LeaderboardUpdate update);

    [OneWay]
    Task OnJuryNoticeAsync(JuryNotice notice);
}
