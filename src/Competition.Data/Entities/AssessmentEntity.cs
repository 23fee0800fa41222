using Competition.Domain.Certification;
using Competition.Domain.Rules;

namespace Competition.Data.Entities;

/// <summary>
/// A skill-level assessment of a worker for an occupation: recorded by an HR officer with its component
/// scores, or drafted by promotion rules from a competition result (the evidence) for approval.
/// </summary>
public sealed class AssessmentEntity
{
    public long Id { get; set; }
    public long WorkerId { get; set; }
    /// <summary>The HR organisation that owns the assessment and may certify it.</summary>
    public required string Organization { get; set; }
    /// <summary>National occupational classification code, e.g. 4-02-07-01, with its edition (e.g. 2022).</summary>
    public required string OccupationCode { get; set; }
    public required string OccupationEdition { get; set; }
    public required string OccupationName { get; set; }
    /// <summary>The work type (工种) within the occupation, where the classification has one.</summary>
    public string? WorkType { get; set; }
    public SkillLevel TargetLevel { get; set; }
    public AssessmentRoute Route { get; set; }
    public AssessmentStatus Status { get; set; }
    public List<AssessmentComponentEntity> Components { get; set; } = [];
    public List<string> Examiners { get; set; } = [];

    /// <summary>Evidence of the competition route: the competition, the contestant and their result.</summary>
    public long? CompetitionId { get; set; }
    public long? ContestantId { get; set; }
    public int? Rank { get; set; }
    public Award? Award { get; set; }
    /// <summary>The competition ledger's last hash when the result was read: what the evidence rests on.</summary>
    public string? LedgerHash { get; set; }
    public string? RuleSetName { get; set; }
    public int? RuleSetVersion { get; set; }
    /// <summary>Why the rules proposed this level, as an HR officer reads it.</summary>
    public string? ProposalReason { get; set; }

    public required string RecordedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string? DecidedBy { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? DecisionReason { get; set; }
}
