namespace Competition.Data.Entities;

/// <summary>When a subject last signed out: bearer tokens issued before then are refused.</summary>
public sealed class SignOutEntity
{
    public required string Subject { get; set; }
    public DateTimeOffset SignedOutAt { get; set; }
}
