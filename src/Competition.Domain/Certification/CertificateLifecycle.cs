namespace Competition.Domain.Certification;

/// <summary>
/// Where a certificate stands and which status changes it may take: revoked is for good; suspended is
/// lifted only by reinstating (never by a renewal); a renewed (superseded) certificate is replaced by the
/// new one; past <see cref="ValidUntil"/> (when it has one) it has expired.
/// </summary>
public sealed record CertificateLifecycle(string Number, bool Revoked, bool Suspended, bool Superseded, DateTimeOffset? ValidUntil)
{
    public CertificateState StateAt(DateTimeOffset now) =>
        Revoked ? CertificateState.Revoked
        : Suspended ? CertificateState.Suspended
        : Superseded ? CertificateState.Superseded
        : ValidUntil <= now ? CertificateState.Expired
        : CertificateState.Valid;

    /// <summary>A suspended certificate is renewed once reinstated, or a renewal would lift the suspension by the back door.</summary>
    public DomainError? CheckRenew() => Revoked || Superseded || Suspended
        ? Conflict("certificate.not-renewable", $"Certificate {Number} is {(Revoked ? "revoked" : Suspended ? "suspended" : "already renewed")}; it cannot be renewed.")
        : null;

    public DomainError? CheckRevoke() => Revoked ? Conflict("certificate.revoked", $"Certificate {Number} is already revoked.") : null;

    public DomainError? CheckSuspend() => Revoked || Suspended
        ? Conflict("certificate.not-suspendable", $"Certificate {Number} is {(Suspended ? "already suspended" : "revoked")}.")
        : null;

    public DomainError? CheckReinstate() => !Suspended || Revoked
        ? Conflict("certificate.not-suspended", $"Certificate {Number} is not suspended.")
        : null;

    private static DomainError Conflict(string code, string message) => new(ErrorKind.Conflict, code, message);
}
