using Competition.Server.Hosting;
using Competition.Testing;

namespace Competition.IntegrationTests.Organizing;

/// <summary>The platform serves one place: its calendar dates are Beijing's (Asia/Shanghai), never UTC's.</summary>
public sealed class LocalDateTests
{
    [Fact]
    public async Task A_certificate_issued_just_after_midnight_in_Beijing_carries_the_new_year_though_utc_is_still_in_the_old()
    {
        var clock = new AdjustableClock();
        // 23:30 on 31 December in Beijing (15:30 UTC).
        clock.Advance(new DateTimeOffset(2026, 12, 31, 15, 30, 0, TimeSpan.Zero) - DateTimeOffset.UtcNow);
        await using var factory = new PlatformFactory(time: clock);
        var client = new PlatformClient(factory.CreateClient(), clock);

        var facts = await client.GetAsync<PlatformApi.PlatformFacts>("/api/platform");
        Assert.Equal(("Asia/Shanghai", new DateOnly(2026, 12, 31)), (facts.TimeZone, facts.Today));
        var before = await client.CertifyNewWorkerAsync(await client.HrOfficerTokenAsync("随州市总工会"), "跨年前");
        Assert.Equal("26", before.Number[13..15]);

        // One hour later it is 00:30 on 1 January in Beijing; UTC still says 31 December.
        clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(new DateOnly(2027, 1, 1), (await client.GetAsync<PlatformApi.PlatformFacts>("/api/platform")).Today);
        var after = await client.CertifyNewWorkerAsync(await client.HrOfficerTokenAsync("随州市总工会"), "跨年后");
        Assert.Equal("27", after.Number[13..15]);
        Assert.Equal(2026, after.IssuedAt.UtcDateTime.Year);
        await factory.Database.DeleteAsync();
    }

    [Fact]
    public void A_machine_without_time_zone_data_still_keeps_beijing_time()
    {
        var zone = PlatformCalendar.ZoneOf(null);
        Assert.Equal(TimeSpan.FromHours(8), zone.GetUtcOffset(new DateTimeOffset(2027, 7, 1, 0, 0, 0, TimeSpan.Zero)));
        var calendar = new PlatformCalendar(new AdjustableClock(), zone);
        Assert.Equal(new DateOnly(2027, 1, 1), calendar.DateOf(new DateTimeOffset(2026, 12, 31, 16, 30, 0, TimeSpan.Zero)));
        Assert.Equal(new DateOnly(2026, 12, 31), calendar.DateOf(new DateTimeOffset(2026, 12, 31, 15, 59, 0, TimeSpan.Zero)));
    }
}
