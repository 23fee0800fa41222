namespace Competition.Domain.Certification;

/// <summary>The codes a platform installation puts into every certificate number it issues.</summary>
/// <param name="OrganisationCode">4 digits: the evaluating organisation.</param>
/// <param name="ProvinceCode">2 digits: the province (42 = Hubei).</param>
/// <param name="SiteCode">6 digits: the evaluation site.</param>
public sealed record CertificateNumberScheme(string OrganisationCode, string ProvinceCode, string SiteCode);
