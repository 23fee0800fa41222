using Competition.Domain.Competitions;

namespace Competition.Server.Competitions;

/// <summary>A competition's name and profile. The name and occupation change only in draft; the rest
/// (venue, days, …) until it is archived.</summary>
public sealed record ProfileRequest(
    string Name,
    string Occupation,
    long? HostOrganizationId = null,
    CompetitionLevel? Level = null,
    string? Industry = null,
    string? District = null,
    string? Venue = null,
    DateOnly? StartsOn = null,
    DateOnly? EndsOn = null) : ICompetitionProfileFields;
