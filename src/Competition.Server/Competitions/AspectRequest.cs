using Competition.Domain.Marking;

namespace Competition.Server.Competitions;

/// <summary>An aspect of a new module: <c>kind</c> is measurement, judgement or graded. A measurement may
/// list <c>deductions</c> a judge can take off the full mark; a graded aspect may name its <c>aggregation</c>;
/// a judgement aspect may describe its four <c>levels</c> (scores 0–3).</summary>
public sealed record AspectRequest(
    string Name,
    AspectKind Kind,
    decimal MaxMark,
    IReadOnlyList<decimal>? Deductions = null,
    GradedAggregation? Aggregation = null,
    IReadOnlyList<string>? Levels = null);
