using System.Security.Cryptography;
using Competition.Data;
using Competition.Data.Entities;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace Competition.Server.Auth;

/// <summary>
/// Generated secrets every host of a cluster must share (the token key, the national-ID hashing key):
/// kept in the database, sealed with ASP.NET Core Data Protection, so every silo and every restart agree
/// while a copy of the database alone does not give them away.
/// </summary>
public sealed class SealedSecrets(IDbContextFactory<CompetitionDbContext> contexts, IDataProtectionProvider protection, ILogger<SealedSecrets> logger)
{
    /// <summary>The secret of this name, generated (<paramref name="bytes"/> random bytes) on first use.</summary>
    public async Task<byte[]> GetOrCreateAsync(string name, int bytes, CancellationToken cancellationToken)
    {
        var protector = protection.CreateProtector("Competition.PlatformSecret.v1", name);
        await using var db = contexts.CreateDbContext();
        var stored = await db.PlatformSecrets.SingleOrDefaultAsync(s => s.Name == name, cancellationToken);
        if (stored is not null && TryUnprotect(protector, stored.Value) is { } existing)
        {
            return existing;
        }
        if (stored is not null)
        {
            // The data-protection keys that sealed it are gone: start a new secret.
            logger.LogWarning("The stored secret {Name} cannot be unsealed with this host's data-protection keys; generating a new one.", name);
            db.PlatformSecrets.Remove(stored);
        }
        var secret = RandomNumberGenerator.GetBytes(bytes);
        db.PlatformSecrets.Add(new PlatformSecretEntity { Name = name, Value = protector.Protect(secret) });
        // Another silo generating it at the same moment wins or loses on the name: the loser uses theirs.
        return await contexts.SaveOrTakeTheirsAsync(db, () => secret,
            async again => protector.Unprotect((await again.PlatformSecrets.SingleAsync(s => s.Name == name, cancellationToken)).Value), cancellationToken);
    }

    private static byte[]? TryUnprotect(IDataProtector protector, byte[] sealedValue)
    {
        try
        {
            return protector.Unprotect(sealedValue);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
