namespace Competition.Server.CompetitionDay;

/// <summary>A session (场次): when it starts (with its offset, e.g. <c>2027-04-20T08:30:00+08:00</c>) and how long it lasts.</summary>
public sealed record SessionRequest(DateTimeOffset StartsAt, int Minutes);
