using Competition.Domain.Certification;
using Competition.Server.Auth;

namespace Competition.Server.Workers;

/// <summary>Hashes national IDs under the platform's own secret key, loaded at start-up.</summary>
public sealed class NationalIdHasher(SealedSecrets secrets)
{
    private const string SecretName = "national-id-key";
    private byte[]? _key;

    public async Task LoadAsync(CancellationToken cancellationToken) =>
        _key = await secrets.GetOrCreateAsync(SecretName, 32, cancellationToken);

    public string Hash(string nationalId) =>
        NationalIds.Hash(nationalId, _key ?? throw new InvalidOperationException("The national-ID key is loaded at start-up."));
}
