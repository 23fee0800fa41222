namespace Competition.Grains.Contracts;

/// <summary>Terms of a silo's subscription to a competition's standings.</summary>
public static class LeaderboardSubscriptions
{
    /// <summary>How long a subscription lasts without renewal, so a silo that died stops being notified.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    /// <summary>How often a live silo renews, well inside the lease.</summary>
    public static readonly TimeSpan Renewal = TimeSpan.FromSeconds(30);
}
