namespace Competition.Domain.Judging;

/// <summary>How far one judge's entries on one aspect sit from the panel's median, as shares of the
/// aspect's scale: <see cref="MeanDeviation"/> shows a harsh (negative) or lenient (positive) judge,
/// <see cref="MeanAbsoluteDeviation"/> an erratic one.</summary>
public sealed record JudgeDrift(
    long JudgeId,
    long AspectId,
    int Compared,
    decimal MeanDeviation,
    decimal MeanAbsoluteDeviation,
    bool Flagged);
