using System.Security.Cryptography;
using Competition.Data;
using Competition.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;

namespace Competition.Server.Auth;

/// <summary>
/// The key that signs and checks bearer tokens. Taken from <c>Auth:SigningKey</c> (base64, ≥ 32 bytes)
/// when set; otherwise generated once and kept in the database, so every silo of a cluster and every
/// restart accept the same tokens.
/// </summary>
public sealed class SigningKeys(IConfiguration configuration, IDbContextFactory<CompetitionDbContext> contexts)
{
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
        if (stored is null)
        {
            stored = new PlatformSecretEntity { Name = SecretName, Value = RandomNumberGenerator.GetBytes(64) };
            db.PlatformSecrets.Add(stored);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another silo generated it first: use theirs.
                db.ChangeTracker.Clear();
                stored = await db.PlatformSecrets.SingleAsync(s => s.Name == SecretName, cancellationToken);
            }
        }
        _key = new SymmetricSecurityKey(stored.Value);
    }
}
