namespace Competition.Server.Audit;

/// <summary>One ledger event as the audit shows it, with its place in the hash chain.</summary>
public sealed record AuditEvent(
    long Sequence,
    string Type,
    DateTimeOffset RecordedAt,
    string Actor,
    Guid? SubmissionId,
    long? JudgeId,
    long? ContestantId,
    long? AspectId,
    long? ModuleId,
    decimal? Value,
    string? Reason,
    string? Payload,
    string? PreviousHash,
    string Hash);
