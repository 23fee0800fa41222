using Competition.Domain.Certification;

namespace Competition.Server.Certificates;

/// <summary>A certificate as HR officers manage it: what it awards, its state and every status change, and
/// the token its printed QR code carries (which shows the details and the credential to whoever has it).</summary>
public sealed record CertificateView(
    long Id,
    string Number,
    long AssessmentId,
    long WorkerId,
    string Holder,
    string MaskedNationalId,
    SkillLevel Level,
    string OccupationCode,
    string OccupationName,
    string? WorkType,
    string Organization,
    DateTimeOffset IssuedAt,
    DateTimeOffset? ValidUntil,
    CertificateState State,
    string? Supersedes,
    string? SupersededBy,
    IReadOnlyList<StatusChangeView> StatusChanges,
    string VerificationToken);
