using Competition.Domain.Certification;

namespace Competition.Data.Entities;

/// <summary>A revocation, suspension, reinstatement or supersession, with who, when and why.</summary>
public sealed class CertificateStatusChangeEntity
{
    public long Id { get; set; }
    public long CertificateId { get; set; }
    public StatusChange Change { get; set; }
    public required string Reason { get; set; }
    public required string Actor { get; set; }
    public DateTimeOffset At { get; set; }
}
