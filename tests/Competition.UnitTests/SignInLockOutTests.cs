using Competition.Domain.Access;

namespace Competition.UnitTests;

public sealed class SignInLockOutTests
{
    private static readonly DateTimeOffset Now = new(2027, 4, 20, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_fifth_wrong_secret_in_a_row_locks_for_the_policys_time_and_counting_starts_again()
    {
        var failures = 0;
        DateTimeOffset? until = null;
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            (failures, until) = SignInLockOut.AccountPasswords.AfterFailure(failures, Now);
            Assert.Equal((attempt, (DateTimeOffset?)null), (failures, until));
        }
        (failures, until) = SignInLockOut.AccountPasswords.AfterFailure(failures, Now);
        Assert.Equal((0, Now.AddMinutes(15)), (failures, until!.Value));
        Assert.Equal(Now.AddMinutes(5), SignInLockOut.JudgePins.AfterFailure(4, Now).LockedUntil);
    }

    [Fact]
    public void A_lock_holds_until_its_end_and_not_after()
    {
        Assert.False(SignInLockOut.IsLocked(null, Now));
        Assert.True(SignInLockOut.IsLocked(Now.AddSeconds(1), Now));
        Assert.False(SignInLockOut.IsLocked(Now, Now));
    }
}
