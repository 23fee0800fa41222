namespace Competition.Data.Entities;

/// <summary>A named account that signs in with a password (organizers for now).</summary>
public sealed class AccountEntity
{
    public long Id { get; set; }
    public required string Username { get; set; }
    public required string PasswordHash { get; set; }
    public required string Role { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
