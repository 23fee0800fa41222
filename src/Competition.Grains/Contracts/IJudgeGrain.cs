namespace Competition.Grains.Contracts;

/// <summary>One judge: PIN sign-in with lock-out, and the marks they have entered. Key: the judge id.</summary>
[Alias("Competition.IJudgeGrain")]
public interface IJudgeGrain : IGrainWithIntegerKey
{
    [Alias("SignIn")]
    Task<JudgeSignIn> SignInAsync(long competitionId, string pin);

    /// <summary>The judge's latest mark per contestant and aspect.</summary>
    [Alias("GetMarks")]
    Task<IReadOnlyList<RecordedMark>> GetMarksAsync();

    /// <summary>Replaces the judge's PIN (given as its hash): the old one stops working at once.</summary>
    [Alias("SetPin")]
    Task SetPinAsync(string pinHash);

    /// <summary>Reads the judge again (e.g. after they were replaced, when they may sign in no more).</summary>
    [Alias("Refresh")]
    Task RefreshAsync();

    /// <summary>Told by the competition grain after a mark of this judge is committed.</summary>
    [Alias("MarkRecorded"), OneWay]
    Task MarkRecordedAsync(RecordedMark mark);
}
