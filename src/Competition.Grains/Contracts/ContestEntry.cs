using Competition.Domain;
using Competition.Domain.Competitions;

namespace Competition.Grains.Contracts;

/// <summary>One competition a worker entered: as whom, how it ended for them, and the promotions drafted from it.</summary>
/// <param name="Result">Null until the results are published (a locked board may still await its ceremony).</param>
[GenerateSerializer, Immutable, Alias("Competition.ContestEntry")]
public sealed record ContestEntry(
    [property: Id(0)] long CompetitionId,
    [property: Id(1)] string CompetitionName,
    [property: Id(2)] string Occupation,
    [property: Id(3)] CompetitionLevel? Level,
    [property: Id(4)] DateOnly? StartsOn,
    [property: Id(5)] CompetitionStatus Status,
    [property: Id(6)] long ContestantId,
    [property: Id(7)] string Bib,
    [property: Id(8)] Withdrawal? Withdrawal,
    [property: Id(9)] ContestResult? Result,
    [property: Id(10)] IReadOnlyList<DraftedPromotion> Promotions);
