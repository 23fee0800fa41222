namespace Competition.Domain.Competitions;

/// <summary>A change the chief judge proposed after a lock, waiting for an organizer's approval.</summary>
/// <param name="Sequence">The ledger sequence of the proposal; approvals name it.</param>
public sealed record CorrectionProposal(
    long Sequence,
    long JudgeId,
    long ContestantId,
    long AspectId,
    decimal Value,
    string Reason,
    string ProposedBy,
    DateTimeOffset ProposedAt);
