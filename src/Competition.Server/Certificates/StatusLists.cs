using Competition.Data;
using Competition.Domain.Certification;
using Microsoft.EntityFrameworkCore;

namespace Competition.Server.Certificates;

/// <summary>The purposes a certificate's status bit is published for.</summary>
public static class StatusPurposes
{
    public const string Revocation = "revocation";
    public const string Suspension = "suspension";
    public static readonly IReadOnlyList<string> All = [Revocation, Suspension];
}

/// <summary>
/// Builds the signed Bitstring Status List credentials from the certificates' current status: bit n of
/// list k is the certificate with status index k × 131,072 + n.
/// </summary>
public sealed class StatusLists(IDbContextFactory<CompetitionDbContext> contexts, CredentialKeys keys, TimeProvider time)
{
    public async Task<string> SignedListAsync(string purpose, int listNumber, string baseUrl, CancellationToken cancellationToken)
    {
        var first = listNumber * BitstringStatusList.MinimumLength;
        var last = first + BitstringStatusList.MinimumLength;
        await using var db = contexts.CreateDbContext();
        var inRange = db.Certificates.AsNoTracking().Where(c => c.StatusListIndex >= first && c.StatusListIndex < last);
        var set = purpose == StatusPurposes.Revocation
            ? inRange.Where(c => c.RevokedAt != null)
            : inRange.Where(c => c.Suspended && c.RevokedAt == null);
        var bits = new BitstringStatusList();
        foreach (var index in await set.Select(c => c.StatusListIndex).ToListAsync(cancellationToken))
        {
            bits[index - first] = true;
        }
        var (keyId, key) = await keys.SignerAsync(cancellationToken);
        var now = DateTimeOffset.FromUnixTimeSeconds(time.GetUtcNow().ToUnixTimeSeconds());
        return VcJwt.Sign(CertificateCredentials.StatusList(baseUrl, purpose, listNumber, bits, now), keyId, key);
    }
}
