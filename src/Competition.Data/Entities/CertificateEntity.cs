using Competition.Domain.Certification;

namespace Competition.Data.Entities;

/// <summary>
/// An issued certificate. What it awards never changes (corrections revoke and reissue); the signed
/// credential is kept exactly as issued. Rows are never deleted, so a number is never reused.
/// </summary>
public sealed class CertificateEntity
{
    public long Id { get; set; }
    public required string Number { get; set; }
    public long AssessmentId { get; set; }
    /// <summary>1 for the first certificate from an assessment, counting on for renewals and reissues.</summary>
    public int IssueNumber { get; set; }
    public long WorkerId { get; set; }
    public required string Organization { get; set; }
    public SkillLevel Level { get; set; }
    public required string OccupationCode { get; set; }
    public required string OccupationEdition { get; set; }
    public required string OccupationName { get; set; }
    public string? WorkType { get; set; }
    public DateTimeOffset IssuedAt { get; set; }
    public DateTimeOffset ValidFrom { get; set; }
    public DateTimeOffset? ValidUntil { get; set; }
    public required string IssuedBy { get; set; }
    /// <summary>The certificate's entry in the status lists, drawn at random so that it tells nothing of
    /// when it was issued or how many were.</summary>
    public int StatusListIndex { get; set; }
    /// <summary>The unguessable token the certificate's QR code carries: whoever has it (the holder, and
    /// whom they show the certificate) sees the details and the signed credential.</summary>
    public required string VerificationToken { get; set; }
    /// <summary>The VC-JWT as issued.</summary>
    public required string Credential { get; set; }
    public required string KeyId { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    public string? RevocationReason { get; set; }
    public bool Suspended { get; set; }
    /// <summary>The renewal that replaces this certificate.</summary>
    public long? SupersededById { get; set; }
    public long? SupersedesId { get; set; }
    public List<CertificateStatusChangeEntity> StatusChanges { get; set; } = [];

    /// <summary>The facts the lifecycle rules decide on.</summary>
    public CertificateLifecycle Lifecycle() => new(Number, RevokedAt is not null, Suspended, SupersededById is not null, ValidUntil);
}
