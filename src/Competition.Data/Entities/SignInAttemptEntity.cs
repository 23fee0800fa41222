namespace Competition.Data.Entities;

/// <summary>
/// Failed (or still unchecked) sign-ins counted against one key (an account or judge, or one of them from
/// one address) in a window that starts at the first of them. Times are Unix milliseconds: SQLite cannot
/// compare date-and-offset values inside a query, and the count is changed by one conditional update.
/// </summary>
public sealed class SignInAttemptEntity
{
    public required string Key { get; set; }
    public int Failures { get; set; }
    public long WindowEndsAt { get; set; }
}
