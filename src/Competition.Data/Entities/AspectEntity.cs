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
    /// <summary>Measurement: the deductions a judge may take off the full mark.</summary>
    public List<decimal> Deductions { get; set; } = [];
    /// <summary>Graded: how the judges' marks combine; null takes the competition's rule.</summary>
    public GradedAggregation? Aggregation { get; set; }
    /// <summary>Judgement: the written description of each score 0–3 judges mark against.</summary>
    public List<string> Levels { get; set; } = [];
    public List<AspectPanelEntity> Panel { get; set; } = [];
}
