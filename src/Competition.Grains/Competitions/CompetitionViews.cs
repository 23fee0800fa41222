using Competition.Data.Entities;
using Competition.Grains.Contracts;

namespace Competition.Grains.Competitions;

/// <summary>Stored definitions as the API shows them.</summary>
public static class CompetitionViews
{
    public static AspectView ToView(AspectEntity a) => new(a.Id, a.Name, a.Kind, a.MaxMark, a.Deductions, a.Aggregation, a.Levels);
}
