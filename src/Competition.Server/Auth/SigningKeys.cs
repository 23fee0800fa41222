using Microsoft.IdentityModel.Tokens;

namespace Competition.Server.Auth;

/// <summary>
/// The key that signs and checks bearer tokens. Taken from <c>Auth:SigningKey</c> (base64, ≥ 32 bytes)
/// when set; otherwise generated once and kept as a <see cref="SealedSecrets">sealed secret</see>.
/// </summary>
public sealed class SigningKeys(IConfiguration configuration, SealedSecrets secrets)
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
        _key = new SymmetricSecurityKey(await secrets.GetOrCreateAsync(SecretName, 64, cancellationToken));
    }
}
