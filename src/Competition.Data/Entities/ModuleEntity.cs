namespace Competition.Data.Entities;

/// <summary>A module (task) of a competition's marking scheme.</summary>
public sealed class ModuleEntity
{
    public long Id { get; set; }
    public long CompetitionId { get; set; }
    public int Position { get; set; }
    public required string Name { get; set; }
    public decimal Weight { get; set; }
    public List<AspectEntity> Aspects { get; set; } = [];
}
