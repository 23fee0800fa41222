using Competition.Domain.Competitions;

namespace Competition.Server.CompetitionDay;

/// <summary>A contestant as the steward at check-in (检录) sees them: who, the masked national ID to compare
/// with the card, where they compete, and whether they have checked in.</summary>
public sealed record CheckInEntry(
    long ContestantId,
    string Bib,
    string Name,
    string Employer,
    string? NationalId,
    string? DrawnNumber,
    int? Session,
    int? Workstation,
    DateTimeOffset? SessionStartsAt,
    DateTimeOffset? CheckedInAt,
    string? CheckedInBy,
    Withdrawal? Withdrawal,
    string? WithdrawalReason);
