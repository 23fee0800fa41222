using Competition.Domain.Marking;

namespace Competition.Data.Entities;

/// <summary>A markable aspect of a module.</summary>
public sealed class AspectEntity
{
    public long Id { get; set; }
    public long ModuleId { get; set; }
    public int Position { get; set; }
    public required string Name { get; set; }
    public AspectKind Kind { get; set; }
    public decimal MaxMark { get; set; }
}
