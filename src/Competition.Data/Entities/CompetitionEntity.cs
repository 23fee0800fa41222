using Competition.Domain;
using Competition.Domain.CompetitionDay;
using Competition.Domain.Competitions;
using Competition.Domain.Panels;
using Competition.Domain.Rules;

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
    /// <summary>The competition's rules; null: the defaults.</summary>
    public CompetitionRules? Rules { get; set; }
    /// <summary>The organisation that holds it; its organizers (and those above) run it. Null only in
    /// databases from before the registry, where the federation is meant.</summary>
    public long? HostOrganizationId { get; set; }
    public CompetitionLevel? Level { get; set; }
    public string? Industry { get; set; }
    public string? District { get; set; }
    public string? Venue { get; set; }
    /// <summary>The days it is held on, in the platform's time zone.</summary>
    public DateOnly? StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
    /// <summary>A clone's panels without people, waiting for its judges; null once applied.</summary>
    public PanelShape? PanelShape { get; set; }
    /// <summary>Workstations (工位) each session seats; null: the draw gives numbers only.</summary>
    public int? Workstations { get; set; }
    /// <summary>The sessions (场次) in order; null: none.</summary>
    public List<CompetitionSession>? Sessions { get; set; }
    /// <summary>The secret seed (hex) of the next draw, whose commitment is published; revealed by the draw.</summary>
    public string? DrawSeed { get; set; }
    public List<ModuleEntity> Modules { get; set; } = [];
    public List<ContestantEntity> Contestants { get; set; } = [];
    public List<JudgeEntity> Judges { get; set; } = [];
}
