using Competition.Domain.Ledger;

namespace Competition.Grains.Contracts;

/// <summary>A jury event just recorded (a re-score request, a resolution, a lock, a correction…), so
/// judges' tablets and the chief judge's console update at once. <see cref="JudgeIds"/> names the judges
/// asked to act (the panel of a re-score).</summary>
[GenerateSerializer, Immutable, Alias("Competition.JuryNotice")]
public sealed record JuryNotice(
    [property: Id(0)] long CompetitionId,
    [property: Id(1)] long Sequence,
    [property: Id(2)] LedgerEventType Kind,
    [property: Id(3)] long? ContestantId,
    [property: Id(4)] long? AspectId,
    [property: Id(5)] long? ModuleId,
    [property: Id(6)] IReadOnlyList<long> JudgeIds);
