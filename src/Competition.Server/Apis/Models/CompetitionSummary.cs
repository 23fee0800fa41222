using Competition.Domain;

namespace Competition.Server.Apis.Models;

/// <summary>A line of the competition list.</summary>
public sealed record CompetitionSummary(
    long Id,
    string Name,
    string Occupation,
    CompetitionStatus Status,
    DateTimeOffset? StartedAt,
    int ContestantCount,
    int JudgeCount);
