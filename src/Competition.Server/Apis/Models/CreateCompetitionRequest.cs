namespace Competition.Server.Apis.Models;

/// <summary>A whole competition definition, as an organizer posts it.</summary>
public sealed record CreateCompetitionRequest(
    string Name,
    string Occupation,
    MarkingSchemeRequest MarkingScheme,
    IReadOnlyList<ContestantRequest> Contestants,
    IReadOnlyList<JudgeRequest> Judges);
