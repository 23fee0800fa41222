namespace Competition.Domain.Standings;

/// <summary>One judge's entry for one contestant and aspect, as recorded in the ledger.</summary>
/// <param name="Sequence">Ledger position within the competition; a later entry by the same judge
/// for the same contestant and aspect replaces an earlier one.</param>
public sealed record JudgeMark(long JudgeId, long ContestantId, long AspectId, decimal Value, long Sequence);
