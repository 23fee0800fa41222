using Competition.Domain;

namespace Competition.Grains.Contracts;

/// <summary>The single writer of one competition's marks and standings. Key: the competition id.</summary>
[Alias("Competition.ICompetitionGrain")]
public interface ICompetitionGrain : IGrainWithIntegerKey
{
    /// <summary>The public definition, or null when no such competition exists.</summary>
    [Alias("GetView")]
    Task<CompetitionView?> GetViewAsync();

    /// <summary>Opens the competition for marking; null on success, else the rule that forbids it.</summary>
    [Alias("Start")]
    Task<DomainError?> StartAsync();

    /// <summary>Validates, commits to the ledger, then applies a mark. Returns only once the mark is durable.</summary>
    /// <remarks>Interleaves with itself so that marks of one competition share group commits.</remarks>
    [Alias("SubmitMark"), AlwaysInterleave]
    Task<MarkOutcome> SubmitMarkAsync(MarkSubmission submission);

    /// <summary>The current standings, or null when no such competition exists.</summary>
    [Alias("GetLeaderboard")]
    Task<LeaderboardSnapshot?> GetLeaderboardAsync();

    /// <summary>Subscribes (or renews) a silo's observer; renew within <see cref="LeaderboardSubscriptions.Lease"/>.</summary>
    [Alias("Subscribe")]
    Task SubscribeAsync(ILeaderboardObserver observer);

    [Alias("Unsubscribe")]
    Task UnsubscribeAsync(ILeaderboardObserver observer);
}
