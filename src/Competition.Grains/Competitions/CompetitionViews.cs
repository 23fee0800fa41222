using Competition.Data.Entities;
using Competition.Grains.Contracts;

namespace Competition.Grains.Competitions;

/// <summary>Stored definitions as the API shows them.</summary>
public static class CompetitionViews
{
    public static AspectView ToView(AspectEntity a) => new(a.Id, a.Name, a.Kind, a.MaxMark, a.Deductions, a.Aggregation, a.Levels);

    /// <summary>A scheme's modules and aspects as rows to store (new ids), in the scheme's order.</summary>
    public static List<ModuleEntity> ToEntities(this MarkingSchemeView scheme) =>
        scheme.Modules.Select((m, i) => new ModuleEntity
        {
            Position = i, Name = m.Name, Weight = m.Weight,
            Aspects = m.Aspects.Select((a, j) => new AspectEntity
            {
                Position = j, Name = a.Name, Kind = a.Kind, MaxMark = a.MaxMark, Deductions = a.Deductions.ToList(),
                Aggregation = a.Aggregation, Levels = a.Levels.ToList(),
            }).ToList(),
        }).ToList();
}
