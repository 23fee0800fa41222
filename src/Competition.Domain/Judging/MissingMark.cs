namespace Competition.Domain.Judging;

/// <summary>A contestant's aspect that still lacks marks, and the judges who owe them
/// (empty when no judge may mark it: the panel needs another judge).</summary>
public sealed record MissingMark(long ContestantId, long AspectId, IReadOnlyList<long> JudgeIds);
