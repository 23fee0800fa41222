using Competition.Domain;
using Competition.Domain.Competitions;

namespace Competition.Server.Competitions;

/// <summary>A line of the competition list.</summary>
public sealed record CompetitionSummary(
    long Id,
    string Name,
    string Occupation,
    CompetitionStatus Status,
    DateTimeOffset? StartedAt,
    int ContestantCount,
    int JudgeCount,
    long? HostOrganizationId = null,
    string? HostOrganization = null,
    CompetitionLevel? Level = null,
    string? Industry = null,
    string? District = null,
    string? Venue = null,
    DateOnly? StartsOn = null,
    DateOnly? EndsOn = null);
