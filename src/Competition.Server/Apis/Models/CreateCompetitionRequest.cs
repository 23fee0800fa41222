using Competition.Domain.Rules;

namespace Competition.Server.Apis.Models;

/// <summary>A whole competition definition, as an organizer posts it. Without <c>rules</c> the defaults apply.</summary>
public sealed record CreateCompetitionRequest(
    string Name,
    string Occupation,
    MarkingSchemeRequest MarkingScheme,
    IReadOnlyList<ContestantRequest> Contestants,
    IReadOnlyList<JudgeRequest> Judges,
    CompetitionRules? Rules = null);
