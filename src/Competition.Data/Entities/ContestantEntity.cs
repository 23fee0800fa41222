using Competition.Domain.Competitions;

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
}
