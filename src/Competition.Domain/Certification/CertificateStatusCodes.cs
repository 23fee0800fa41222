namespace Competition.Domain.Certification;

/// <summary>
/// The one status a certificate publishes: a 2-bit entry of a Bitstring Status List of purpose
/// <c>message</c>, so that a single <c>credentialStatus</c> (all Open Badges 3.0 allows) carries both
/// revocation and suspension. Revoked outranks suspended: a revoked certificate stays revoked.
/// </summary>
public static class CertificateStatusCodes
{
    public const string Purpose = "message";
    public const int Size = 2;

    public const int Valid = 0b00;
    public const int Suspended = 0b01;
    public const int Revoked = 0b10;

    /// <summary>What each of the 2² values means, in order, as the entry's <c>statusMessage</c> states it.</summary>
    public static readonly IReadOnlyList<string> Messages = ["valid", "suspended", "revoked", "undefined"];

    public static int Of(bool revoked, bool suspended) => revoked ? Revoked : suspended ? Suspended : Valid;
}
