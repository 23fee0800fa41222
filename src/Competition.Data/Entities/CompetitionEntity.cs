using Competition.Domain;

namespace Competition.Data.Entities;

/// <summary>A competition's definition and life-cycle state. Written by its CompetitionGrain once created.</summary>
public sealed class CompetitionEntity
{
    public long Id { get; set; }
    public required string Name { get; set; }
    public required string Occupation { get; set; }
    public CompetitionStatus Status { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    /// <summary>The competition's rules as JSON (see <see cref="CompetitionRulesJson"/>); null: the defaults.</summary>
    public string? RulesJson { get; set; }
    public List<ModuleEntity> Modules { get; set; } = [];
    public List<ContestantEntity> Contestants { get; set; } = [];
    public List<JudgeEntity> Judges { get; set; } = [];
}
