using Competition.Domain.Access;

namespace Competition.UnitTests;

public sealed class SignInLimitsTests
{
    [Fact]
    public void One_address_can_never_use_up_a_subjects_hourly_budget()
    {
        foreach (var limits in new[] { SignInLimits.AccountPasswords, SignInLimits.JudgePins, SignInLimits.CertificateHolderGuesses })
        {
            // 5 per 15 minutes: windows at -14, 1, 16, 31 and 46 minutes all meet one hour.
            Assert.Equal(25, SignInLimits.MostFromOneAddress(limits.PerAddress, limits.PerSubject.Window));
            Assert.True(SignInLimits.MostFromOneAddress(limits.PerAddress, limits.PerSubject.Window) < limits.PerSubject.Failures);
        }
    }

    [Fact]
    public void Limits_where_one_address_could_lock_everybody_out_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new SignInLimits(new GuessBudget(5, TimeSpan.FromMinutes(5)), new GuessBudget(20, TimeSpan.FromHours(1))));
    }

    [Fact]
    public void A_subjects_failures_from_one_address_have_a_key_of_their_own()
    {
        Assert.Equal("judge:7@203.0.113.9", SignInLimits.AddressKey("judge:7", "203.0.113.9"));
    }
}
