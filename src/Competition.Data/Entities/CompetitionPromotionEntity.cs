namespace Competition.Data.Entities;

/// <summary>
/// Which promotion rules a competition's results feed: the rule set, the contest class its rules are
/// written for, the occupation the resulting assessments are for, and the HR organisation that decides.
/// </summary>
public sealed class CompetitionPromotionEntity
{
    public long CompetitionId { get; set; }
    public required string RuleSetName { get; set; }
    public required string ContestClass { get; set; }
    public required string OccupationCode { get; set; }
    public required string OccupationEdition { get; set; }
    public required string OccupationName { get; set; }
    public string? WorkType { get; set; }
    public required string Organization { get; set; }
    /// <summary>When assessments were drafted from the final results; null until then.</summary>
    public DateTimeOffset? DraftedAt { get; set; }
}
