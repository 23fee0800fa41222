namespace Competition.Domain.Access;

/// <summary>
/// How many wrong secrets in a row lock a sign-in, and for how long; one policy, parameterised per kind
/// of secret. A judge's PIN locks for less than an account's password: a judge locked out mid-competition
/// costs marks, and a PIN is only good for one competition's tablets.
/// </summary>
public sealed record SignInLockOut(int FailuresAllowed, TimeSpan Duration)
{
    public static readonly SignInLockOut AccountPasswords = new(5, TimeSpan.FromMinutes(15));
    public static readonly SignInLockOut JudgePins = new(5, TimeSpan.FromMinutes(5));

    public static bool IsLocked(DateTimeOffset? lockedUntil, DateTimeOffset now) => lockedUntil is { } until && now < until;

    /// <summary>After a wrong secret: the failures to keep, and the end of the lock when this one reaches
    /// the limit (counting then starts again).</summary>
    public (int Failures, DateTimeOffset? LockedUntil) AfterFailure(int failures, DateTimeOffset now) =>
        failures + 1 >= FailuresAllowed ? (0, now + Duration) : (failures + 1, null);
}
