namespace Competition.Data.Entities;

/// <summary>
/// A person whose skills are assessed and certified. The national ID is never stored in clear: a keyed
/// hash finds the same person again, a masked form shows which number it was.
/// </summary>
public sealed class WorkerEntity
{
    public long Id { get; set; }
    public required string Name { get; set; }
    public required string Employer { get; set; }
    /// <summary>HMAC-SHA-256 of the normalised ID under the platform's national-ID key, hex.</summary>
    public required string NationalIdHash { get; set; }
    public required string NationalIdMasked { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
