namespace Competition.Grains.Contracts;

/// <summary>Outcome of a judge's PIN sign-in.</summary>
[GenerateSerializer]
public enum JudgeSignInResult
{
    Accepted,
    /// <summary>Unknown judge, wrong competition or wrong PIN: deliberately not told apart.</summary>
    Refused,
    /// <summary>Too many wrong PINs; try again after the lock-out.</summary>
    LockedOut,
}
