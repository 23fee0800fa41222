namespace Competition.Domain.Rules;

/// <summary>One link of the tie-break chain.</summary>
public sealed record TieBreak(TieBreakKind Kind, long? ModuleId = null);
