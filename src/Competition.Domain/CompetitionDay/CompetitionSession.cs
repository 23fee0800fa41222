namespace Competition.Domain.CompetitionDay;

/// <summary>A session (场次): the contestants of one round at the workstations, from <see cref="StartsAt"/> for <see cref="Minutes"/>.</summary>
public sealed record CompetitionSession(DateTimeOffset StartsAt, int Minutes)
{
    public DateTimeOffset EndsAt => StartsAt.AddMinutes(Minutes);
}
