using Competition.Domain.Wages;

namespace Competition.Seed;

/// <summary>
/// What the demo asks of the running platform: what only the platform does (accounts with hashed
/// passwords, signed certificates, reading files as a user's upload is read). The demo itself, what is
/// seeded and in which order, is the seed's.
/// </summary>
public interface IDemoPlatform
{
    /// <summary>Makes sure the account exists, in the registry organisation named (null: the federation).</summary>
    /// <returns>The password generated now, or null (it existed, or its password is configured).</returns>
    Task<string?> EnsureAccountAsync(string username, DemoRole role, string? organization, CancellationToken cancellationToken);

    /// <summary>Issues a signed certificate for each passed assessment; answers their numbers in the same order.</summary>
    /// <param name="on">When they were issued (the history's past days); null: now.</param>
    Task<IReadOnlyList<string>> IssueCertificatesAsync(IReadOnlyList<long> assessmentIds, string organization, DateTimeOffset? on, CancellationToken cancellationToken);

    /// <summary>Renews a certificate: a new one supersedes it. <paramref name="on"/> as for issuing.</summary>
    Task RenewCertificateAsync(string number, string organization, DateTimeOffset? on, CancellationToken cancellationToken);

    Task RevokeCertificateAsync(string number, string reason, string organization, DateTimeOffset? on, CancellationToken cancellationToken);

    /// <summary>Imports a published wage guidance table as a negotiator would upload it.</summary>
    Task ImportWageGuidanceAsync(byte[] file, CancellationToken cancellationToken);

    /// <summary>An enterprise's pay sheet as the bargaining upload reads it.</summary>
    IReadOnlyList<PayBand> ReadPaySheet(byte[] file);
}
