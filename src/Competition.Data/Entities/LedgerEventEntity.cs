using Competition.Domain.Ledger;

namespace Competition.Data.Entities;

/// <summary>
/// One row of a competition's append-only ledger (see <see cref="LedgerEvent"/>). Rows are never
/// updated. Each links to the previous row's hash; the database refuses a link to a row that does not
/// exist and a second row claiming the same predecessor, so the chain stays one straight line.
/// </summary>
public sealed class LedgerEventEntity
{
    public long Id { get; set; }
    public long CompetitionId { get; set; }
    public long Sequence { get; set; }
    public LedgerEventType Type { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public required string Actor { get; set; }
    /// <summary>Chosen by the judge's device; makes a resent mark count once.</summary>
    public Guid? SubmissionId { get; set; }
    public long? JudgeId { get; set; }
    public long? ContestantId { get; set; }
    public long? AspectId { get; set; }
    public long? ModuleId { get; set; }
    public decimal? Value { get; set; }
    public string? Reason { get; set; }
    public string? Payload { get; set; }
    public string? PreviousHash { get; set; }
    public required string Hash { get; set; }

    public static LedgerEventEntity From(long competitionId, LedgerEvent e) => new()
    {
        CompetitionId = competitionId,
        Sequence = e.Sequence,
        Type = e.Type,
        RecordedAt = e.RecordedAt,
        Actor = e.Actor,
        SubmissionId = e.SubmissionId,
        JudgeId = e.JudgeId,
        ContestantId = e.ContestantId,
        AspectId = e.AspectId,
        ModuleId = e.ModuleId,
        Value = e.Value,
        Reason = e.Reason,
        Payload = e.Payload,
        PreviousHash = e.PreviousHash,
        Hash = e.Hash,
    };

    public LedgerEvent ToDomain() => new(
        Sequence, Type, RecordedAt, Actor, SubmissionId, JudgeId, ContestantId, AspectId, ModuleId, Value, Reason, Payload, PreviousHash, Hash);
}
