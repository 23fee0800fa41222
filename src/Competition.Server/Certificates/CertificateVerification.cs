using Competition.Domain.Certification;

namespace Competition.Server.Certificates;

/// <summary>
/// What verifying a certificate found. <see cref="Certificate"/> is read from the signed credential (absent
/// when forged); <see cref="Reason"/> and <see cref="ChangedAt"/> explain a revocation or suspension;
/// <see cref="SupersededBy"/> names the renewal. <see cref="DetailsWithheld"/>: found by number without
/// the QR token or the holder's name (or last four ID characters), only the state is told.
/// </summary>
public sealed record CertificateVerification(
    string Number,
    CertificateState State,
    string Message,
    string? Reason = null,
    DateTimeOffset? ChangedAt = null,
    string? SupersededBy = null,
    CertificateDetails? Certificate = null,
    bool DetailsWithheld = false);
