using Competition.Domain.Competitions;

namespace Competition.Grains.Contracts;

/// <summary>A contestant as the public sees them; a withdrawn or absent one is kept, out of the ranking, with the reason.</summary>
[GenerateSerializer, Immutable, Alias("Competition.ContestantView")]
public sealed record ContestantView(
    [property: Id(0)] long Id,
    [property: Id(1)] string Bib,
    [property: Id(2)] string Name,
    [property: Id(3)] string Employer,
    [property: Id(4)] bool OutOfRanking = false,
    [property: Id(5)] Withdrawal? Withdrawal = null,
    [property: Id(6)] string? WithdrawalReason = null);
