namespace Competition.Data.Entities;

/// <summary>One imported wage guidance file; its SHA-256 recognises the same file imported again.</summary>
public sealed class WageGuidanceImportEntity
{
    public long Id { get; set; }
    public required string FileHash { get; set; }
    public int RowCount { get; set; }
    public required string ImportedBy { get; set; }
    public DateTimeOffset ImportedAt { get; set; }
    public List<WageGuidanceRowEntity> Rows { get; set; } = [];
}
