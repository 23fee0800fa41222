namespace Competition.Data.Entities;

/// <summary>A refresh token, stored only as a hash. Each is used once: refreshing replaces it; using a
/// replaced one again signs the subject out everywhere (it was stolen, or copied).</summary>
public sealed class RefreshTokenEntity
{
    public long Id { get; set; }
    /// <summary>Who it signs in: <c>account:1</c>.</summary>
    public required string Subject { get; set; }
    public required string TokenHash { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? UsedAt { get; set; }
}
