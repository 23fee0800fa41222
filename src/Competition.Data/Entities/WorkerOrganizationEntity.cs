namespace Competition.Data.Entities;

/// <summary>
/// An organisation that registered a worker (by their national ID) and so may see them. Holding an
/// assessment or certificate for a worker shows them too; no other organisation finds them.
/// </summary>
public sealed class WorkerOrganizationEntity
{
    public long WorkerId { get; set; }
    public WorkerEntity? Worker { get; set; }
    public required string Organization { get; set; }
    public required string RegisteredBy { get; set; }
    public DateTimeOffset RegisteredAt { get; set; }
}
