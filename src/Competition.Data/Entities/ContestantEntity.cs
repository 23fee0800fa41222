using Competition.Domain.Competitions;
using Competition.Domain.Rules;

namespace Competition.Data.Entities;

/// <summary>A contestant registered for one competition; the bib is unique within it.</summary>
public sealed class ContestantEntity
{
    public long Id { get; set; }
    public long CompetitionId { get; set; }
    public required string Bib { get; set; }
    public required string Name { get; set; }
    public required string Employer { get; set; }
    /// <summary>A guest or trainee: marked and shown, never ranked or awarded.</summary>
    public bool OutOfRanking { get; set; }
    /// <summary>The worker this contestant is, when registered with a national ID: their results can then
    /// lead to skill-level assessments.</summary>
    public long? WorkerId { get; set; }
    /// <summary>Withdrawn or absent: kept, out of the ranking, with the reason.</summary>
    public Withdrawal? Withdrawal { get; set; }
    public string? WithdrawalReason { get; set; }
    /// <summary>The number drawn by lot (检录号); judges of a blind competition know the contestant by it alone.</summary>
    public int? DrawnNumber { get; set; }
    /// <summary>The session and workstation drawn (or moved to).</summary>
    public int? Session { get; set; }
    public int? Workstation { get; set; }
    /// <summary>Checked in (检录) against their ID: when, and by whom.</summary>
    public DateTimeOffset? CheckedInAt { get; set; }
    public string? CheckedInBy { get; set; }
    /// <summary>The final result, stored by the competition grain while its results are locked (and mended on
    /// activation), so statistics across competitions need no grain: the rank (null: not ranked), the award
    /// and the honorary title (称号) it carries.</summary>
    public int? FinalRank { get; set; }
    public Award? Award { get; set; }
    public string? Title { get; set; }
}
