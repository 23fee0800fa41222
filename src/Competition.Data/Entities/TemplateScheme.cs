using Competition.Domain.Marking;

namespace Competition.Data.Entities;

/// <summary>A template's marking scheme as stored: its modules and aspects without ids (each competition
/// made from it numbers its own).</summary>
public sealed record TemplateScheme(IReadOnlyList<TemplateModule> Modules);

public sealed record TemplateModule(string Name, decimal Weight, IReadOnlyList<TemplateAspect> Aspects);

/// <param name="Levels">A judgement aspect's descriptions of scores 0 to 3 (empty: the defaults).</param>
public sealed record TemplateAspect(
    string Name, AspectKind Kind, decimal MaxMark, IReadOnlyList<decimal> Deductions, GradedAggregation? Aggregation, IReadOnlyList<string> Levels);
