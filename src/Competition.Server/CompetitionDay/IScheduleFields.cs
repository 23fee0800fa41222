using Competition.Domain.CompetitionDay;

namespace Competition.Server.CompetitionDay;

/// <summary>The schedule fields a definition and a schedule change share, so one rule checks both.</summary>
public interface IScheduleFields
{
    int? Workstations { get; }
    IReadOnlyList<SessionRequest>? Sessions { get; }

    CompetitionSchedule ToSchedule() =>
        new(Workstations, (Sessions ?? []).Select(s => new CompetitionSession(s.StartsAt, s.Minutes)).ToList());
}
