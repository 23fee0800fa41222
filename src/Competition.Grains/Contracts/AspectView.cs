using Competition.Domain.Marking;

namespace Competition.Grains.Contracts;

/// <summary>A markable aspect. For judgement aspects a judge enters 0–3; for measurement the full mark,
/// zero or the full mark less a listed deduction; for graded 0..<see cref="MaxMark"/>. A judgement aspect's
/// <see cref="Levels"/> describe scores 0 to 3 (empty: the WorldSkills defaults apply).</summary>
[GenerateSerializer, Immutable, Alias("Competition.AspectView")]
public sealed record AspectView(
    [property: Id(0)] long Id,
    [property: Id(1)] string Name,
    [property: Id(2)] AspectKind Kind,
    [property: Id(3)] decimal MaxMark,
    [property: Id(4)] IReadOnlyList<decimal> Deductions,
    [property: Id(5)] GradedAggregation? Aggregation,
    [property: Id(6)] IReadOnlyList<string> Levels);
