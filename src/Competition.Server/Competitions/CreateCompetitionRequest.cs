using Competition.Domain.Competitions;
using Competition.Domain.Rules;
using Competition.Server.CompetitionDay;

namespace Competition.Server.Competitions;

/// <summary>A whole competition definition, as an organizer posts it. Without <c>rules</c> the defaults
/// apply; without <c>hostOrganizationId</c> the creator's organisation holds it. Contestants and judges
/// may come later (imported from spreadsheets).</summary>
public sealed record CreateCompetitionRequest(
    string Name,
    string Occupation,
    MarkingSchemeRequest MarkingScheme,
    IReadOnlyList<ContestantRequest>? Contestants = null,
    IReadOnlyList<JudgeRequest>? Judges = null,
    CompetitionRules? Rules = null,
    long? HostOrganizationId = null,
    CompetitionLevel? Level = null,
    string? Industry = null,
    string? District = null,
    string? Venue = null,
    DateOnly? StartsOn = null,
    DateOnly? EndsOn = null,
    int? Workstations = null,
    IReadOnlyList<SessionRequest>? Sessions = null) : ICompetitionProfileFields, IScheduleFields;
