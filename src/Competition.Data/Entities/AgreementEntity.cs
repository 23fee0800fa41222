using Competition.Domain.Wages;

namespace Competition.Data.Entities;

/// <summary>
/// A skill-level wage agreement: who it binds, its term, and the rule that sets each level's floor
/// (see <c>FloorRule</c>); allowances per level and one-off competition bonuses per award as JSON lists;
/// whether it is still a proposal or signed.
/// </summary>
public sealed class AgreementEntity
{
    public long Id { get; set; }
    public required string Name { get; set; }
    public AgreementScope Scope { get; set; }
    /// <summary>The enterprise, industry or district it binds.</summary>
    public required string Party { get; set; }
    /// <summary>The region whose guidance and minimum wage apply.</summary>
    public required string Region { get; set; }
    public DateOnly TermStart { get; set; }
    public DateOnly TermEnd { get; set; }
    public decimal StatutoryMinimumMonthly { get; set; }
    public decimal MinimumRaise { get; set; }
    public decimal? ReferenceMonthly { get; set; }
    /// <summary>Where <see cref="ReferenceMonthly"/> came from when it was taken from guidance: a percentile
    /// of the no-certificate row for this occupation and year in <see cref="Region"/>.</summary>
    public GuidancePercentile? ReferencePercentile { get; set; }
    public string? ReferenceOccupationCode { get; set; }
    public int? ReferenceYear { get; set; }
    public StepKind Step { get; set; }
    public decimal StepValue { get; set; }
    public required List<LevelAmount> Allowances { get; set; }
    public required List<AwardAmount> CompetitionBonuses { get; set; }
    public AgreementStatus Status { get; set; }
    public DateTimeOffset? SignedAt { get; set; }
    public string? SignedBy { get; set; }
    public required string CreatedBy { get; set; }
    /// <summary>The registry organisation of the account that recorded it: whose figures it counts in (and
    /// those of every organisation above). Null only in databases from before, where the federation is meant.</summary>
    public long? OrganizationId { get; set; }
    /// <summary>How many workers it covers, as the parties report it; null: not reported.</summary>
    public int? WorkersCovered { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
