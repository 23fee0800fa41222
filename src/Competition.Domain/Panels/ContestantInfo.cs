using Competition.Domain.CompetitionDay;

namespace Competition.Domain.Panels;

/// <summary>What the rules need to know of a contestant. Out-of-ranking contestants (guests, trainees,
/// and those withdrawn or absent) are shown but never ranked or awarded. <see cref="NoShow"/>: absent when
/// their session started, which a move to a later session undoes.</summary>
public sealed record ContestantInfo(
    long Id, string Bib, string Employer, bool OutOfRanking = false, bool Withdrawn = false,
    int? DrawnNumber = null, Seat? Seat = null, bool CheckedIn = false, bool NoShow = false);
