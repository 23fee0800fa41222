namespace Competition.Grains.Contracts;

/// <summary>One judge: checks their PIN (the host counts the attempts first), and answers their record for the chief judge. Key: the judge id.</summary>
[Alias("Competition.IJudgeGrain")]
public interface IJudgeGrain : IGrainWithIntegerKey
{
    [Alias("SignIn")]
    Task<JudgeSignIn> SignInAsync(long competitionId, string pin);

    /// <summary>Replaces the judge's PIN (given as its hash), shown to <paramref name="issuedTo"/>: the old
    /// one stops working at once, and the wrong PINs counted against the judge are forgotten.</summary>
    [Alias("SetPin")]
    Task SetPinAsync(string pinHash, string issuedTo);

    /// <summary>Reads the judge again (e.g. after they were replaced, when they may sign in no more).</summary>
    [Alias("Refresh")]
    Task RefreshAsync();

    /// <summary>The judge's work in their competition and their sign-in state; null for an unknown judge.</summary>
    [Alias("GetRecord")]
    Task<JudgeRecordView?> GetRecordAsync();
}
