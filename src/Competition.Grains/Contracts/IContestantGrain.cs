namespace Competition.Grains.Contracts;

/// <summary>One contestant's scorecard, kept current by the competition grain. Key: the contestant id.</summary>
[Alias("Competition.IContestantGrain")]
public interface IContestantGrain : IGrainWithIntegerKey
{
    /// <summary>The scorecard, or null when no such contestant exists.</summary>
    [Alias("GetScorecard")]
    Task<Scorecard?> GetScorecardAsync();

    /// <summary>Told by the competition grain after a mark for this contestant is committed.</summary>
    [Alias("MarkRecorded"), OneWay]
    Task MarkRecordedAsync(RecordedMark mark);
}
