namespace Competition.Domain.Marking;

/// <summary>One markable aspect of a module.</summary>
/// <param name="Deductions">Measurement only: the listed deductions a judge may take off the full mark
/// (besides full mark and zero).</param>
/// <param name="Aggregation">Graded only: how the judges' marks combine; null takes the competition's rule.</param>
public sealed record SchemeAspect(
    long Id,
    string Name,
    AspectKind Kind,
    decimal MaxMark,
    IReadOnlyList<decimal>? Deductions = null,
    GradedAggregation? Aggregation = null)
{
    public IReadOnlyList<decimal> Deductions { get; init; } = Deductions ?? [];
}
