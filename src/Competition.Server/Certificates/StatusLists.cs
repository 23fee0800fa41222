using Competition.Data;
using Competition.Domain.Certification;
using Microsoft.EntityFrameworkCore;

namespace Competition.Server.Certificates;

/// <summary>
/// Builds the signed Bitstring Status List credentials from the certificates' current status: entry n of
/// list k is the certificate with status index k × 131,072 + n, two bits each
/// (<see cref="CertificateStatusCodes"/>: valid, suspended or revoked).
/// </summary>
public sealed class StatusLists(IDbContextFactory<CompetitionDbContext> contexts, CredentialKeys keys, TimeProvider time)
{
    public async Task<string> SignedListAsync(int listNumber, string baseUrl, CancellationToken cancellationToken)
    {
        var first = listNumber * BitstringStatusList.MinimumLength;
        var last = first + BitstringStatusList.MinimumLength;
        await using var db = contexts.CreateDbContext();
        var changed = await db.Certificates.AsNoTracking()
            .Where(c => c.StatusListIndex >= first && c.StatusListIndex < last && (c.RevokedAt != null || c.Suspended))
            .Select(c => new { c.StatusListIndex, Revoked = c.RevokedAt != null, c.Suspended }).ToListAsync(cancellationToken);
        var list = new BitstringStatusList(statusSize: CertificateStatusCodes.Size);
        foreach (var certificate in changed)
        {
            list[certificate.StatusListIndex - first] = CertificateStatusCodes.Of(certificate.Revoked, certificate.Suspended);
        }
        var (keyId, key) = await keys.SignerAsync(cancellationToken);
        var now = DateTimeOffset.FromUnixTimeSeconds(time.GetUtcNow().ToUnixTimeSeconds());
        return VcJwt.Sign(CertificateCredentials.StatusList(baseUrl, listNumber, list, now), keyId, key);
    }
}
