namespace Competition.Domain.Certification;

/// <summary>What verifying a certificate finds.</summary>
public enum CertificateState
{
    Valid,
    Revoked,
    Suspended,
    Expired,
    /// <summary>Renewed: a newer certificate replaces it.</summary>
    Superseded,
    /// <summary>No certificate of that number was issued here, or its signature does not check.</summary>
    Forged,
}
