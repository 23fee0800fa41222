namespace Competition.Data.Entities;

/// <summary>One administrative action: who, when, what, on what. Competition events (marks, locks,
/// corrections, imports) are in each competition's ledger; this log keeps the rest.</summary>
public sealed class AdminAuditEntity
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public required string Actor { get; set; }
    public required string Action { get; set; }
    public required string Target { get; set; }
    public string? Detail { get; set; }
}
