using System.Globalization;
using System.Text.Json.Nodes;
using Competition.Data;
using Competition.Data.Entities;
using Competition.Domain.Certification;
using Competition.Server.Apis.Models;
using Microsoft.EntityFrameworkCore;

namespace Competition.Server.Certification;

/// <summary>
/// Verifies certificates for anyone: the stored (or presented) credential's signature must check under a
/// published key and name the certificate, then its status decides: revoked, suspended, superseded,
/// expired or valid. Everything shown is read from the signed credential.
/// </summary>
public sealed class CertificateVerifier(IDbContextFactory<CompetitionDbContext> contexts, CredentialKeys keys, TimeProvider time)
{
    /// <summary>Verifies the certificate of this number as the platform holds it.</summary>
    public async Task<CertificateVerification> VerifyNumberAsync(string number, CancellationToken cancellationToken)
    {
        if (!CertificateNumbers.IsWellFormed(number))
        {
            return Forged(number, "This is not a certificate number of the shape the platform issues.");
        }
        await using var db = contexts.CreateDbContext();
        var certificate = await db.Certificates.AsNoTracking().Include(c => c.StatusChanges)
            .SingleOrDefaultAsync(c => c.Number == number, cancellationToken);
        if (certificate is null)
        {
            return Forged(number, "No certificate of this number was issued here.");
        }
        return await VerifyAsync(db, certificate, certificate.Credential, cancellationToken);
    }

    /// <summary>Verifies a credential someone presents (the VC-JWT text).</summary>
    public async Task<CertificateVerification> VerifyCredentialAsync(string jwt, CancellationToken cancellationToken)
    {
        var number = VcJwt.Verify(jwt, await keys.PublicKeysAsync(cancellationToken)) is { } payload ? NumberOf(payload) : null;
        if (number is null)
        {
            return Forged("", "The credential's signature does not check under any key this platform published.");
        }
        await using var db = contexts.CreateDbContext();
        var certificate = await db.Certificates.AsNoTracking().Include(c => c.StatusChanges)
            .SingleOrDefaultAsync(c => c.Number == number, cancellationToken);
        return certificate is null
            ? Forged(number, "No certificate of this number was issued here.")
            : await VerifyAsync(db, certificate, jwt, cancellationToken);
    }

    private async Task<CertificateVerification> VerifyAsync(
        CompetitionDbContext db, CertificateEntity certificate, string credential, CancellationToken cancellationToken)
    {
        var number = certificate.Number;
        if (VcJwt.Verify(credential, await keys.PublicKeysAsync(cancellationToken)) is not { } payload || NumberOf(payload) != number)
        {
            return Forged(number, "The certificate's signature does not check: it was altered after it was issued.");
        }
        var details = Details(payload, certificate.KeyId);
        var lastChange = certificate.StatusChanges.OrderByDescending(c => c.At).FirstOrDefault();
        if (certificate.RevokedAt is { } revokedAt)
        {
            return new(number, CertificateState.Revoked, "Revoked: this certificate no longer attests the skill level.",
                certificate.RevocationReason, revokedAt, Certificate: details);
        }
        if (certificate.Suspended)
        {
            return new(number, CertificateState.Suspended, "Suspended: not in force until the issuer reinstates it.",
                lastChange?.Reason, lastChange?.At, Certificate: details);
        }
        if (certificate.SupersededById is { } successorId)
        {
            var successor = await db.Certificates.AsNoTracking().Where(c => c.Id == successorId).Select(c => c.Number).SingleAsync(cancellationToken);
            return new(number, CertificateState.Superseded, $"Superseded: renewed as certificate {successor}.",
                lastChange?.Reason, lastChange?.At, successor, details);
        }
        if (details.ValidUntil is { } until && until <= time.GetUtcNow())
        {
            return new(number, CertificateState.Expired, $"Expired on {until:yyyy-MM-dd}.", ChangedAt: until, Certificate: details);
        }
        return new(number, CertificateState.Valid, "Valid: signed by the issuer, in force.", Certificate: details);
    }

    private static string? NumberOf(JsonObject payload) => payload["credentialSubject"]?["certificateNumber"]?.GetValue<string>();

    private static CertificateVerification Forged(string number, string message) => new(number, CertificateState.Forged, message);

    private static CertificateDetails Details(JsonObject payload, string keyId)
    {
        var subject = payload["credentialSubject"]!;
        var achievement = subject["achievement"]!;
        var alignment = achievement["alignment"]![0]!;
        var identities = subject["identifier"]!.AsArray();
        string Identity(string type) => identities.FirstOrDefault(i => i?["identityType"]?.GetValue<string>() == type)?["identityHash"]?.GetValue<string>() ?? "";
        var level = subject["skillLevel"]!;
        return new CertificateDetails(
            NumberOf(payload)!,
            Identity("name"),
            Identity("ext:MaskedNationalId"),
            Enum.Parse<SkillLevel>(level["level"]!.GetValue<string>(), ignoreCase: true),
            level["name"]!.GetValue<string>(),
            level["nationalCode"]?.GetValue<int>(),
            achievement["name"]!.GetValue<string>(),
            alignment["targetCode"]!.GetValue<string>(),
            alignment["targetName"]!.GetValue<string>(),
            alignment["targetFramework"]!.GetValue<string>(),
            payload["issuer"]!["name"]!.GetValue<string>(),
            DateTimeOffset.Parse(payload["validFrom"]!.GetValue<string>(), CultureInfo.InvariantCulture),
            payload["validUntil"] is { } until ? DateTimeOffset.Parse(until.GetValue<string>(), CultureInfo.InvariantCulture) : null,
            achievement["criteria"]!["narrative"]!.GetValue<string>(),
            payload["evidence"]![0]!["description"]!.GetValue<string>(),
            keyId);
    }
}
