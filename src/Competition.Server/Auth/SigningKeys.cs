using System.Security.Cryptography;
using Competition.Data;
using Competition.Data.Entities;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;

namespace Competition.Server.Auth;

/// <summary>
/// The key that signs and checks bearer tokens. Taken from <c>Auth:SigningKey</c> (base64, ≥ 32 bytes)
/// when set; otherwise generated once and kept in the database, encrypted with ASP.NET Core Data
/// Protection, so every silo of a cluster and every restart accept the same tokens while a copy of the
/// database alone does not give the key away.
/// </summary>
public sealed class SigningKeys(
    IConfiguration configuration, IDbContextFactory<CompetitionDbContext> contexts, IDataProtectionProvider protection, ILogger<SigningKeys> logger)
{
    private readonly IDataProtector _protector = protection.CreateProtector("Competition.TokenSigningKey.v1");

    private const string SecretName = "token-signing-key";
    private const int MinimumKeyBytes = 32;
    private SymmetricSecurityKey? _key;

    public SymmetricSecurityKey Current => _key ?? throw new InvalidOperationException("Signing keys are loaded at start-up; the platform has not been initialised.");

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        if (configuration["Auth:SigningKey"] is { Length: > 0 } configured)
        {
            var bytes = new byte[configured.Length];
            if (!Convert.TryFromBase64String(configured, bytes, out var length) || length < MinimumKeyBytes)
            {
                throw new InvalidOperationException($"Auth:SigningKey must be base64 of at least {MinimumKeyBytes} random bytes.");
            }
            _key = new SymmetricSecurityKey(bytes[..length]);
            return;
        }
        await using var db = contexts.CreateDbContext();
        var stored = await db.PlatformSecrets.SingleOrDefaultAsync(s => s.Name == SecretName, cancellationToken);
        if (stored is not null && TryUnprotect(stored.Value) is { } existing)
        {
            _key = new SymmetricSecurityKey(existing);
            return;
        }
        if (stored is not null)
        {
            // The data-protection keys that sealed it are gone: start a new key; signed-in users sign in again.
            logger.LogWarning("The stored token signing key cannot be unsealed with this host's data-protection keys; generating a new one.");
            db.PlatformSecrets.Remove(stored);
        }
        var key = RandomNumberGenerator.GetBytes(64);
        db.PlatformSecrets.Add(new PlatformSecretEntity { Name = SecretName, Value = _protector.Protect(key) });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            _key = new SymmetricSecurityKey(key);
        }
        catch (DbUpdateException)
        {
            // Another silo generated it first: use theirs.
            db.ChangeTracker.Clear();
            var theirs = await db.PlatformSecrets.SingleAsync(s => s.Name == SecretName, cancellationToken);
            _key = new SymmetricSecurityKey(_protector.Unprotect(theirs.Value));
        }
    }

    private byte[]? TryUnprotect(byte[] sealedKey)
    {
        try
        {
            return _protector.Unprotect(sealedKey);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
