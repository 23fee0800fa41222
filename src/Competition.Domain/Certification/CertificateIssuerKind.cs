namespace Competition.Domain.Certification;

/// <summary>Who evaluated the worker: the first letter of a certificate number.</summary>
public enum CertificateIssuerKind
{
    /// <summary>Y: an employer's own evaluation.</summary>
    Employer,
    /// <summary>S: a social evaluation organisation.</summary>
    SocialOrganisation,
}
