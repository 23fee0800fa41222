namespace Competition.Grains.Contracts;

/// <summary>One contestant, across the records the platform keeps of them. Key: the contestant id.</summary>
[Alias("Competition.IContestantGrain")]
public interface IContestantGrain : IGrainWithIntegerKey
{
    /// <summary>The contestant's scorecard in their competition, or null when no such contestant exists;
    /// <paramref name="identities"/>: with the name even while judging is blind (for organizers).</summary>
    [Alias("GetScorecard")]
    Task<Scorecard?> GetScorecardAsync(bool identities);
}
