using Competition.Grains.Contracts;
using Microsoft.AspNetCore.SignalR;

namespace Competition.Server.Hubs;

/// <summary>
/// This silo's one observer of the competitions its audiences and juries watch. It subscribes to a
/// competition grain when the first local viewer arrives, renews the lease while viewers remain,
/// unsubscribes after the last one leaves, and relays each snapshot and jury notice to the local SignalR
/// group: one grain message per silo per change, however many phones watch.
/// </summary>
public sealed class CompetitionBroadcaster(
    IGrainFactory grains, IClusterMembershipService membership,
    IHubContext<LeaderboardHub> audience, IHubContext<JuryHub> jury, ILogger<CompetitionBroadcaster> logger)
    : BackgroundService, ICompetitionObserver
{
    private readonly Lock _gate = new();
    private readonly Dictionary<long, HashSet<string>> _viewersByCompetition = [];
    private readonly Dictionary<long, Task> _subscriptions = [];
    private readonly Dictionary<string, HashSet<long>> _competitionsByViewer = [];
    private ICompetitionObserver? _reference;

    /// <summary>How soon a subscription that could not be renewed is tried again.</summary>
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(1);

    public static string GroupName(long competitionId) => $"competition:{competitionId}";

    /// <summary>Who hears jury notices: the competition's judges, its chief judge and the organizers who run it.</summary>
    public static string JuryGroupName(long competitionId) => $"jury:{competitionId}";

    /// <summary>Who sees the live standings while the public board may be frozen: only the jury, as on
    /// <c>leaderboard?view=jury</c> (the chief judge and the organizers who run it), never a judge.</summary>
    public static string StandingsGroupName(long competitionId) => $"standings:{competitionId}";

    public async Task OnLeaderboardChangedAsync(LeaderboardUpdate update)
    {
        var competitionId = update.Jury.CompetitionId;
        await jury.Clients.Group(StandingsGroupName(competitionId)).SendAsync(LeaderboardHub.LeaderboardMethod, update.Jury);
        if (update.Public is { } changes)
        {
            await audience.Clients.Group(GroupName(competitionId)).SendAsync(LeaderboardHub.ChangesMethod, changes);
        }
    }

    public Task OnJuryNoticeAsync(JuryNotice notice) =>
        jury.Clients.Group(JuryGroupName(notice.CompetitionId)).SendAsync(JuryHub.NoticeMethod, notice);

    public async Task WatchAsync(long competitionId, string connectionId)
    {
        Task subscribed;
        lock (_gate)
        {
            if (!_viewersByCompetition.TryGetValue(competitionId, out var viewers))
            {
                _viewersByCompetition[competitionId] = viewers = [];
            }
            if (!_subscriptions.TryGetValue(competitionId, out subscribed!) || subscribed.IsFaulted)
            {
                _subscriptions[competitionId] = subscribed = grains.Competition(competitionId).SubscribeAsync(Reference());
            }
            viewers.Add(connectionId);
            if (!_competitionsByViewer.TryGetValue(connectionId, out var watched))
            {
                _competitionsByViewer[connectionId] = watched = [];
            }
            watched.Add(competitionId);
        }
        // Every viewer waits for the subscription, not only the first: a board read before it is in place
        // could miss the changes pushed meanwhile.
        await subscribed;
    }

    public Task UnwatchAsync(long competitionId, string connectionId)
    {
        bool last;
        lock (_gate)
        {
            _competitionsByViewer.GetValueOrDefault(connectionId)?.Remove(competitionId);
            last = RemoveViewer(competitionId, connectionId);
        }
        return last ? UnsubscribeAsync(competitionId) : Task.CompletedTask;
    }

    public async Task ForgetAsync(string connectionId)
    {
        List<long> emptied;
        lock (_gate)
        {
            if (!_competitionsByViewer.Remove(connectionId, out var watched))
            {
                return;
            }
            emptied = watched.Where(id => RemoveViewer(id, connectionId)).ToList();
        }
        foreach (var competitionId in emptied)
        {
            await UnsubscribeAsync(competitionId);
        }
    }

    /// <summary>
    /// Renews this silo's subscriptions well within the lease, so a competition grain that was deactivated
    /// and activated again learns of its watchers anew; and at once when a silo joins or leaves the
    /// cluster, because a competition whose silo left comes back elsewhere without them. After such a
    /// change the current standings are pushed, so nobody waits for the next mark to catch up.
    /// </summary>
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(RenewPeriodicallyAsync(stoppingToken), RenewOnMembershipChangeAsync(stoppingToken));

    private async Task RenewPeriodicallyAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(LeaderboardSubscriptions.Renewal);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await RenewAllAsync(pushStandings: false, stoppingToken);
        }
    }

    private async Task RenewOnMembershipChangeAsync(CancellationToken stoppingToken)
    {
        MembershipVersion? seen = null;
        try
        {
            await foreach (var snapshot in membership.MembershipUpdates.WithCancellation(stoppingToken))
            {
                if (seen is not null && snapshot.Version > seen.Value)
                {
                    await RenewAllAsync(pushStandings: true, stoppingToken);
                }
                seen = snapshot.Version;
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    /// <summary>
    /// Renews every subscription of this silo. A competition that cannot be reached (its silo was lost and
    /// the cluster has not moved it yet) is tried again every <see cref="RetryDelay"/> until it answers, and
    /// then its standings are pushed: changes made meanwhile reached no observer of this silo, and no
    /// later mark may come to carry them.
    /// </summary>
    private async Task RenewAllAsync(bool pushStandings, CancellationToken stoppingToken)
    {
        long[] pending;
        lock (_gate)
        {
            pending = _viewersByCompetition.Keys.ToArray();
        }
        pending = await RenewAsync(pending, pushStandings);
        while (pending.Length > 0 && !stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(RetryDelay, stoppingToken);
            lock (_gate)
            {
                pending = pending.Where(_viewersByCompetition.ContainsKey).ToArray();
            }
            pending = await RenewAsync(pending, pushStandings: true);
        }
    }

    /// <returns>The competitions that could not be reached.</returns>
    private async Task<long[]> RenewAsync(IEnumerable<long> competitionIds, bool pushStandings)
    {
        var unreached = new List<long>();
        foreach (var competitionId in competitionIds)
        {
            try
            {
                var competition = grains.Competition(competitionId);
                await competition.SubscribeAsync(Reference());
                // Pushes may have been lost meanwhile: whole boards, from which the next changes follow on.
                if (pushStandings && await competition.GetJuryLeaderboardAsync() is { } live)
                {
                    await jury.Clients.Group(StandingsGroupName(competitionId)).SendAsync(LeaderboardHub.LeaderboardMethod, live);
                }
                if (pushStandings && await competition.GetPublishedBoardAsync() is { } board)
                {
                    await audience.Clients.Group(GroupName(competitionId)).SendAsync(LeaderboardHub.LeaderboardMethod, board);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Could not renew the subscription to competition {CompetitionId}; trying again", competitionId);
                unreached.Add(competitionId);
            }
        }
        return [.. unreached];
    }

    private bool RemoveViewer(long competitionId, string connectionId)
    {
        if (!_viewersByCompetition.TryGetValue(competitionId, out var viewers) || !viewers.Remove(connectionId) || viewers.Count > 0)
        {
            return false;
        }
        _viewersByCompetition.Remove(competitionId);
        _subscriptions.Remove(competitionId);
        return true;
    }

    private Task UnsubscribeAsync(long competitionId) =>
        grains.Competition(competitionId).UnsubscribeAsync(Reference());

    private ICompetitionObserver Reference()
    {
        lock (_gate)
        {
            return _reference ??= grains.CreateObjectReference<ICompetitionObserver>(this);
        }
    }
}
