namespace Competition.Domain.Competitions;

/// <summary>Why a registered contestant takes no further part; names are stored, never rename one.</summary>
public enum Withdrawal
{
    /// <summary>Withdrawn (by themselves, their unit, or the organizer).</summary>
    Withdrawn,
    /// <summary>Did not come (缺考): absent at check-in.</summary>
    NoShow,
}
