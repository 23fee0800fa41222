namespace Competition.Server.Hosting;

/// <summary>
/// The platform serves one place (<c>Platform:TimeZone</c>, default Asia/Shanghai): every calendar date
/// it prints, compares or encodes is that zone's date, never UTC's. Signed timestamps stay UTC.
/// </summary>
public sealed class PlatformCalendar(TimeProvider time, TimeZoneInfo zone)
{
    public const string DefaultTimeZone = "Asia/Shanghai";

    public TimeZoneInfo Zone { get; } = zone;

    /// <summary>Today where the platform is.</summary>
    public DateOnly Today() => DateOf(time.GetUtcNow());

    /// <summary>The local date of an instant.</summary>
    public DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    /// <summary>The configured zone; China's zone has had no daylight saving since 1991, so a machine
    /// without time-zone data still gets it right as UTC+8.</summary>
    public static TimeZoneInfo ZoneOf(string? id)
    {
        var name = string.IsNullOrWhiteSpace(id) ? DefaultTimeZone : id.Trim();
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(name);
        }
        catch (TimeZoneNotFoundException) when (name == DefaultTimeZone)
        {
            return TimeZoneInfo.CreateCustomTimeZone(name, TimeSpan.FromHours(8), "China Standard Time", "China Standard Time");
        }
    }
}
