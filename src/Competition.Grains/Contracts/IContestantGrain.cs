namespace Competition.Grains.Contracts;

/// <summary>A registered worker as a contestant, across every competition they entered. Key: the worker id.</summary>
[Alias("Competition.IContestantGrain")]
public interface IContestantGrain : IGrainWithIntegerKey
{
    /// <summary>Their competitions, newest first: the result once published, and what
    /// <paramref name="organization"/> drafted and certified from it.</summary>
    [Alias("GetHistory")]
    Task<IReadOnlyList<ContestEntry>> GetHistoryAsync(string organization);
}
