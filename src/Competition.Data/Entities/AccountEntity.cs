namespace Competition.Data.Entities;

/// <summary>A named account that signs in with a password: an organizer, HR officer or negotiator.</summary>
public sealed class AccountEntity
{
    public long Id { get; set; }
    public required string Username { get; set; }
    public required string PasswordHash { get; set; }
    public required string Role { get; set; }
    /// <summary>The registry organisation the account acts for: an organizer's scope, the organisation an
    /// HR officer issues certificates for.</summary>
    public long? OrganizationId { get; set; }
    public OrganizationEntity? Organization { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
