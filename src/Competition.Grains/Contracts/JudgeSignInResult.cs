namespace Competition.Grains.Contracts;

/// <summary>Outcome of a judge's PIN sign-in (the caller tells the client only accepted or refused).</summary>
[GenerateSerializer]
public enum JudgeSignInResult
{
    Accepted,
    /// <summary>The PIN was checked and is wrong: a guess, counted against the judge.</summary>
    WrongPin,
    /// <summary>Unknown or replaced judge, or another competition: no PIN of this judge's was tried, so
    /// nothing counts against them (or anyone could lock a judge out by naming the wrong competition).</summary>
    NotThisJudge,
}
