namespace Competition.Data.Entities;

/// <summary>A generated secret every silo must share (e.g. the token signing key), kept in the database
/// so that several hosts agree without configuration.</summary>
public sealed class PlatformSecretEntity
{
    public required string Name { get; set; }
    public required byte[] Value { get; set; }
}
