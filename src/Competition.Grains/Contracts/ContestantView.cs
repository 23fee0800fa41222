using Competition.Domain.Competitions;

namespace Competition.Grains.Contracts;

/// <summary>A contestant as the public sees them; a withdrawn or absent one is kept, out of the ranking, with the reason.
/// Once drawn: the number (zero-padded, as printed), session and workstation; checked in: when.</summary>
[GenerateSerializer, Immutable, Alias("Competition.ContestantView")]
public sealed record ContestantView(
    [property: Id(0)] long Id,
    [property: Id(1)] string Bib,
    [property: Id(2)] string Name,
    [property: Id(3)] string Employer,
    [property: Id(4)] bool OutOfRanking = false,
    [property: Id(5)] Withdrawal? Withdrawal = null,
    [property: Id(6)] string? WithdrawalReason = null,
    [property: Id(7)] string? DrawnNumber = null,
    [property: Id(8)] int? Session = null,
    [property: Id(9)] int? Workstation = null,
    [property: Id(10)] DateTimeOffset? CheckedInAt = null)
{
    /// <summary>As judges and the public see a contestant of a blind competition: the drawn number in place
    /// of the bib (bib lists with names hang at the venue), no name, no employer, no free-text reason.</summary>
    public ContestantView Blinded() => this with { Bib = DrawnNumber ?? "", Name = "", Employer = "", WithdrawalReason = null };
}
