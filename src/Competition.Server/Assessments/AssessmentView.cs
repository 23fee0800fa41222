using Competition.Domain.Certification;
using Competition.Domain.Rules;

namespace Competition.Server.Assessments;

/// <summary>An assessment with its components, evidence and decision.</summary>
public sealed record AssessmentView(
    long Id,
    long WorkerId,
    string WorkerName,
    string MaskedNationalId,
    string Organization,
    string OccupationCode,
    string OccupationEdition,
    string OccupationName,
    string? WorkType,
    SkillLevel TargetLevel,
    AssessmentRoute Route,
    AssessmentStatus Status,
    IReadOnlyList<ComponentScore> Components,
    IReadOnlyList<string> Examiners,
    long? CompetitionId,
    int? Rank,
    Award? Award,
    string? LedgerHash,
    string? RuleSet,
    int? RuleSetVersion,
    string? ProposalReason,
    DateTimeOffset CreatedAt,
    string? DecidedBy,
    DateTimeOffset? DecidedAt,
    string? DecisionReason,
    string? CertificateNumber);
