using Competition.Domain.Competitions;

namespace Competition.Server.Competitions;

/// <summary>The profile fields a definition and a profile change share, so one validator checks both.</summary>
public interface ICompetitionProfileFields
{
    long? HostOrganizationId { get; }
    CompetitionLevel? Level { get; }
    string? Industry { get; }
    string? District { get; }
    string? Venue { get; }
    DateOnly? StartsOn { get; }
    DateOnly? EndsOn { get; }
}
