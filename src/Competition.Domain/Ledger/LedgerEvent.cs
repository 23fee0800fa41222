namespace Competition.Domain.Ledger;

/// <summary>
/// One entry of a competition's ledger. Events are only ever appended; the competition's state is what
/// its events, applied in sequence, make of it. Fields not used by a type stay null.
/// </summary>
/// <param name="Actor">Who did it: <c>judge:7</c>, <c>chief:3</c>, <c>account:1</c>.</param>
/// <param name="Value">The entry (Mark, Amendment, CorrectionProposed) or the agreed score (Resolution).</param>
/// <param name="Payload">JSON for events about many contestants (imports) or naming another event.</param>
/// <param name="PreviousHash">Hash of the event before, linking the chain; null for the first.</param>
/// <param name="Hash">SHA-256 over this event's fields and <paramref name="PreviousHash"/>.</param>
public sealed record LedgerEvent(
    long Sequence,
    LedgerEventType Type,
    DateTimeOffset RecordedAt,
    string Actor,
    Guid? SubmissionId = null,
    long? JudgeId = null,
    long? ContestantId = null,
    long? AspectId = null,
    long? ModuleId = null,
    decimal? Value = null,
    string? Reason = null,
    string? Payload = null,
    string? PreviousHash = null,
    string Hash = "");
