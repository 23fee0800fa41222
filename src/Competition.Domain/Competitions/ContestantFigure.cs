namespace Competition.Domain.Competitions;

/// <summary>A figure imported for one contestant: a theory score or a completion time in minutes.</summary>
public sealed record ContestantFigure(long ContestantId, decimal Value);
