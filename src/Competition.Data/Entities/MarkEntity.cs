namespace Competition.Data.Entities;

/// <summary>
/// One row of the append-only mark ledger. Rows are never updated: a judge who re-marks appends a new
/// row with a higher <see cref="Sequence"/>, and the later row wins.
/// </summary>
public sealed class MarkEntity
{
    public long Id { get; set; }
    public long CompetitionId { get; set; }
    /// <summary>Position in the competition's ledger, 1, 2, 3, … assigned by the CompetitionGrain.</summary>
    public long Sequence { get; set; }
    /// <summary>Chosen by the judge's device; makes a resent mark count once.</summary>
    public Guid SubmissionId { get; set; }
    public long JudgeId { get; set; }
    public long ContestantId { get; set; }
    public long AspectId { get; set; }
    public decimal Value { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}
