namespace Competition.Data.Ledger;

/// <summary>A mark to append to the ledger (see <see cref="Entities.MarkEntity"/>).</summary>
public sealed record LedgerMark(
    long CompetitionId,
    long Sequence,
    Guid SubmissionId,
    long JudgeId,
    long ContestantId,
    long AspectId,
    decimal Value,
    DateTimeOffset RecordedAt);
