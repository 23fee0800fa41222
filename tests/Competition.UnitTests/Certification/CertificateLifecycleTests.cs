using Competition.Domain.Certification;

namespace Competition.UnitTests.Certification;

public sealed class CertificateLifecycleTests
{
    private static readonly DateTimeOffset Now = new(2027, 4, 20, 8, 0, 0, TimeSpan.Zero);
    private static readonly CertificateLifecycle Valid = new("S000142130300262000001", false, false, false, Now.AddYears(3));

    [Fact]
    public void A_certificate_is_revoked_suspended_superseded_or_expired_before_it_is_valid()
    {
        Assert.Equal(CertificateState.Valid, Valid.StateAt(Now));
        Assert.Equal(CertificateState.Valid, (Valid with { ValidUntil = null }).StateAt(Now.AddYears(50)));
        Assert.Equal(CertificateState.Expired, Valid.StateAt(Now.AddYears(3)));
        Assert.Equal(CertificateState.Superseded, (Valid with { Superseded = true }).StateAt(Now.AddYears(5)));
        Assert.Equal(CertificateState.Suspended, (Valid with { Suspended = true, Superseded = true }).StateAt(Now));
        Assert.Equal(CertificateState.Revoked, (Valid with { Revoked = true, Suspended = true }).StateAt(Now));
    }

    [Fact]
    public void Revoked_is_for_good_and_a_suspension_is_lifted_only_by_reinstating()
    {
        var suspended = Valid with { Suspended = true };
        var revoked = Valid with { Revoked = true };
        Assert.Null(Valid.CheckRenew());
        Assert.Equal("certificate.not-renewable", suspended.CheckRenew()?.Code);
        Assert.Equal("certificate.not-renewable", (Valid with { Superseded = true }).CheckRenew()?.Code);
        Assert.Equal("certificate.revoked", revoked.CheckRevoke()?.Code);
        Assert.Null(suspended.CheckRevoke());
        Assert.Equal("certificate.not-suspendable", suspended.CheckSuspend()?.Code);
        Assert.Equal("certificate.not-suspendable", revoked.CheckSuspend()?.Code);
        Assert.Null(suspended.CheckReinstate());
        Assert.Equal("certificate.not-suspended", Valid.CheckReinstate()?.Code);
        Assert.Equal("certificate.not-suspended", (revoked with { Suspended = true }).CheckReinstate()?.Code);
    }
}
