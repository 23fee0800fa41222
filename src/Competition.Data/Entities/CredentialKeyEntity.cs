namespace Competition.Data.Entities;

/// <summary>
/// A P-256 key pair that signs credentials. The private key is sealed with ASP.NET Core Data Protection
/// (whose key ring lives outside the database and the repository); the public key stays published in the
/// JWKS after rotation, so certificates signed with it keep verifying.
/// </summary>
public sealed class CredentialKeyEntity
{
    public required string KeyId { get; set; }
    public required byte[] SealedPrivateKey { get; set; }
    /// <summary>The public key as a JWK (JSON).</summary>
    public required string PublicJwk { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>When a newer key took over signing; null for the key that signs now.</summary>
    public DateTimeOffset? RetiredAt { get; set; }
}
