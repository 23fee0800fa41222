namespace Competition.Domain.Moderation;

/// <summary>An aspect of one contestant waiting for the chief judge, with the panel's raw scores.</summary>
public sealed record ModerationItem(
    long ContestantId,
    long AspectId,
    ModerationState State,
    IReadOnlyDictionary<long, decimal> Scores,
    decimal Spread,
    IReadOnlyList<long> AwaitingJudges);
