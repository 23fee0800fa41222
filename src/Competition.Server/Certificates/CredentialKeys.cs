using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Competition.Data;
using Competition.Data.Entities;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace Competition.Server.Certificates;

/// <summary>
/// The P-256 keys that sign credentials (ES256). One key signs at a time; rotating adds a new one and
/// retires the old, which stays in the published JWKS so everything it signed keeps verifying. Key ids are
/// RFC 7638 thumbprints. Private keys are sealed with Data Protection, whose key ring lives outside the
/// database (and outside the repository).
/// </summary>
public sealed class CredentialKeys(IDbContextFactory<CompetitionDbContext> contexts, IDataProtectionProvider protection, TimeProvider time)
{
    private readonly IDataProtector _protector = protection.CreateProtector("Competition.CredentialSigningKey.v1");
    private readonly ConcurrentDictionary<string, ECDsa> _signers = new();
    private volatile IReadOnlyDictionary<string, ECParameters>? _published;

    /// <summary>The key that signs now, generated on first use.</summary>
    public async Task<(string KeyId, ECDsa Key)> SignerAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        // A handful of rows, ordered here: SQLite cannot order by DateTimeOffset.
        var active = (await db.CredentialKeys.AsNoTracking().Where(k => k.RetiredAt == null).ToListAsync(cancellationToken))
            .MaxBy(k => k.CreatedAt)
            ?? await AddKeyAsync(db, retire: false, cancellationToken);
        return (active.KeyId, _signers.GetOrAdd(active.KeyId, _ => Unseal(active)));
    }

    /// <summary>Starts signing with a new key; the old one stays published for verification.</summary>
    public async Task<string> RotateAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return (await AddKeyAsync(db, retire: true, cancellationToken)).KeyId;
    }

    /// <summary>
    /// Every public key ever used, keyed by id. Kept in memory: keys are only ever added, so the set is read
    /// again only when it lacks <paramref name="keyId"/> (a key another host has just made) — verification,
    /// a public and frequent call, costs no database read.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, ECParameters>> PublicKeysAsync(string? keyId, CancellationToken cancellationToken)
    {
        if (_published is { } known && (keyId is null || known.ContainsKey(keyId)))
        {
            return known;
        }
        await using var db = contexts.CreateDbContext();
        var rows = await db.CredentialKeys.AsNoTracking().ToListAsync(cancellationToken);
        return _published = rows.OrderBy(k => k.CreatedAt).ToDictionary(k => k.KeyId, k => FromJwk(JsonNode.Parse(k.PublicJwk)!));
    }

    /// <summary>The public keys as a JSON Web Key Set.</summary>
    public async Task<JsonObject> JwksAsync(CancellationToken cancellationToken)
    {
        var keys = new JsonArray();
        // Read afresh: the set published must include a key another host rotated to a moment ago.
        _published = null;
        foreach (var (keyId, parameters) in await PublicKeysAsync(null, cancellationToken))
        {
            var jwk = ToJwk(parameters);
            jwk["kid"] = keyId;
            jwk["use"] = "sig";
            jwk["alg"] = "ES256";
            keys.Add(jwk);
        }
        return new JsonObject { ["keys"] = keys };
    }

    private async Task<CredentialKeyEntity> AddKeyAsync(CompetitionDbContext db, bool retire, CancellationToken cancellationToken)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var parameters = key.ExportParameters(includePrivateParameters: false);
        var now = time.GetUtcNow();
        var entity = new CredentialKeyEntity
        {
            KeyId = Thumbprint(parameters),
            SealedPrivateKey = _protector.Protect(key.ExportPkcs8PrivateKey()),
            PublicJwk = ToJwk(parameters).ToJsonString(),
            CreatedAt = now,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (retire)
        {
            await db.CredentialKeys.Where(k => k.RetiredAt == null).ExecuteUpdateAsync(s => s.SetProperty(k => k.RetiredAt, now), cancellationToken);
        }
        else if (await db.CredentialKeys.AsNoTracking().FirstOrDefaultAsync(k => k.RetiredAt == null, cancellationToken) is { } existing)
        {
            // Another request or silo made the first key meanwhile: sign with theirs.
            return existing;
        }
        db.CredentialKeys.Add(entity);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return entity;
    }

    private ECDsa Unseal(CredentialKeyEntity entity)
    {
        var key = ECDsa.Create();
        key.ImportPkcs8PrivateKey(_protector.Unprotect(entity.SealedPrivateKey), out _);
        return key;
    }

    private static JsonObject ToJwk(ECParameters parameters) => new()
    {
        ["kty"] = "EC",
        ["crv"] = "P-256",
        ["x"] = Base64Url(parameters.Q.X!),
        ["y"] = Base64Url(parameters.Q.Y!),
    };

    private static ECParameters FromJwk(JsonNode jwk) => new()
    {
        Curve = ECCurve.NamedCurves.nistP256,
        Q = new ECPoint
        {
            X = System.Buffers.Text.Base64Url.DecodeFromChars((string)jwk["x"]!),
            Y = System.Buffers.Text.Base64Url.DecodeFromChars((string)jwk["y"]!),
        },
    };

    /// <summary>RFC 7638: SHA-256 of the required members in lexicographic order, no spaces.</summary>
    private static string Thumbprint(ECParameters parameters) => Base64Url(SHA256.HashData(Encoding.UTF8.GetBytes(
        $$"""{"crv":"P-256","kty":"EC","x":"{{Base64Url(parameters.Q.X!)}}","y":"{{Base64Url(parameters.Q.Y!)}}"}""")));

    private static string Base64Url(byte[] bytes) => System.Buffers.Text.Base64Url.EncodeToString(bytes);
}
