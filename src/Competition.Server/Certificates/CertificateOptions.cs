using Competition.Domain.Certification;

namespace Competition.Server.Certificates;

/// <summary>
/// Configuration section <c>Certificates</c>: the codes in every certificate number, how long a
/// certificate is valid, and the public address verifiers reach (printed in QR codes and credentials).
/// </summary>
public sealed class CertificateOptions
{
    public const string Section = "Certificates";

    public string OrganisationCode { get; set; } = "0001";
    public string ProvinceCode { get; set; } = "42";
    public string SiteCode { get; set; } = "130300";
    /// <summary>The region, as wage guidance tables name it, where the certifying organisations sit: whose
    /// guidance and agreements a certificate's verification page shows.</summary>
    public string Region { get; set; } = "随州市";
    /// <summary>Years a certificate is valid; 0: no expiry.</summary>
    public int ValidityYears { get; set; } = 5;
    /// <summary>The address the public reaches the platform at, e.g. https://skills.example.cn. Empty: the
    /// address of the request that issues the certificate.</summary>
    public string PublicUrl { get; set; } = "";

    public CertificateNumberScheme Scheme => new(OrganisationCode, ProvinceCode, SiteCode);
}
