namespace Competition.Domain.Marking;

/// <summary>How several judges' marks on a graded aspect combine into one.</summary>
public enum GradedAggregation
{
    Mean,
    Median,
    /// <summary>Drop the k highest and k lowest, average the rest (diving, figure skating).</summary>
    TrimmedMean,
}
