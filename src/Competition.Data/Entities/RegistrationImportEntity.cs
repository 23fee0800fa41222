namespace Competition.Data.Entities;

/// <summary>A registration file imported into a competition, kept so the same file twice is recognised.</summary>
public sealed class RegistrationImportEntity
{
    public long Id { get; set; }
    public long CompetitionId { get; set; }
    /// <summary><c>contestants</c> or <c>judges</c>.</summary>
    public required string Kind { get; set; }
    public required string FileHash { get; set; }
    public int Rows { get; set; }
    public DateTimeOffset ImportedAt { get; set; }
    public required string ImportedBy { get; set; }
}
