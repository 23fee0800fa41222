using System.Globalization;
using System.Text.Json.Nodes;
using Competition.Data;
using Competition.Data.Entities;
using Competition.Domain.Certification;
using Microsoft.EntityFrameworkCore;

namespace Competition.Server.Certificates;

/// <summary>
/// Verifies certificates for anyone: the stored (or presented) credential's signature must check under a
/// published key and name the certificate, then its status decides: revoked, suspended, superseded,
/// expired or valid. Everything shown is read from the signed credential.
/// </summary>
public sealed class CertificateVerifier(IDbContextFactory<CompetitionDbContext> contexts, CredentialKeys keys, TimeProvider time)
{
    /// <summary>Verifies the certificate of this (well-formed) number as the platform holds it; unless
    /// <paramref name="showDetails"/>, only its state (see <see cref="CertificateDisclosure"/>).</summary>
    public async Task<CertificateVerification> VerifyNumberAsync(string number, bool showDetails, CancellationToken cancellationToken)
    {
        var verdict = await VerifyNumberAsync(number, cancellationToken);
        return showDetails || verdict.State == CertificateState.Forged
            ? verdict
            : verdict with { Reason = null, SupersededBy = null, Certificate = null, DetailsWithheld = true };
    }

    private async Task<CertificateVerification> VerifyNumberAsync(string number, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        if (await FindAsync(db, number, cancellationToken) is not { } certificate)
        {
            return Forged(number, "No certificate of this number was issued here.");
        }
        return await SignedPayloadAsync(certificate.Credential, cancellationToken) is { } payload && NumberOf(payload) == number
            ? await VerdictAsync(db, certificate, payload, cancellationToken)
            : Forged(number, "The certificate's signature does not check: it was altered after it was issued.");
    }

    /// <summary>Verifies a credential someone presents (the VC-JWT text): its own signature, then the status
    /// of the certificate it names.</summary>
    public async Task<CertificateVerification> VerifyCredentialAsync(string jwt, CancellationToken cancellationToken)
    {
        if (await SignedPayloadAsync(jwt, cancellationToken) is not { } payload || NumberOf(payload) is not { } number)
        {
            return Forged("", "The credential's signature does not check under any key this platform published.");
        }
        await using var db = contexts.CreateDbContext();
        return await FindAsync(db, number, cancellationToken) is { } certificate
            ? await VerdictAsync(db, certificate, payload, cancellationToken)
            : Forged(number, "No certificate of this number was issued here.");
    }

    private async Task<JsonObject?> SignedPayloadAsync(string jwt, CancellationToken cancellationToken) =>
        VcJwt.Verify(jwt, await keys.PublicKeysAsync(VcJwt.KeyIdOf(jwt), cancellationToken));

    private static Task<CertificateEntity?> FindAsync(CompetitionDbContext db, string number, CancellationToken cancellationToken) =>
        db.Certificates.AsNoTracking().Include(c => c.StatusChanges).SingleOrDefaultAsync(c => c.Number == number, cancellationToken);

    /// <summary>The state of a certificate whose signed payload checked, explained, with what the payload states.</summary>
    private async Task<CertificateVerification> VerdictAsync(
        CompetitionDbContext db, CertificateEntity certificate, JsonObject payload, CancellationToken cancellationToken)
    {
        var number = certificate.Number;
        var details = Details(payload, certificate.KeyId);
        var lastChange = certificate.StatusChanges.OrderByDescending(c => c.At).FirstOrDefault();
        return CertificationViews.StateOf(certificate, time.GetUtcNow()) switch
        {
            CertificateState.Revoked => new(number, CertificateState.Revoked, "Revoked: this certificate no longer attests the skill level.",
                certificate.RevocationReason, certificate.RevokedAt, Certificate: details),
            CertificateState.Suspended => new(number, CertificateState.Suspended, "Suspended: not in force until the issuer reinstates it.",
                lastChange?.Reason, lastChange?.At, Certificate: details),
            CertificateState.Superseded => await SupersededAsync(),
            CertificateState.Expired => new(number, CertificateState.Expired, $"Expired on {details.ValidUntil:yyyy-MM-dd}.",
                ChangedAt: details.ValidUntil, Certificate: details),
            _ => new(number, CertificateState.Valid, "Valid: signed by the issuer, in force.", Certificate: details),
        };

        async Task<CertificateVerification> SupersededAsync()
        {
            var successor = await db.Certificates.AsNoTracking().Where(c => c.Id == certificate.SupersededById)
                .Select(c => c.Number).SingleAsync(cancellationToken);
            return new(number, CertificateState.Superseded, $"Superseded: renewed as certificate {successor}.",
                lastChange?.Reason, lastChange?.At, successor, details);
        }
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
