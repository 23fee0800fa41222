using Competition.Domain;
using Competition.Domain.Rules;
using Competition.Grains.Contracts;

namespace Competition.Server.Competitions;

/// <summary>The competition just created, with every generated id and each judge's PIN.
/// The PINs appear here only: hand them to the judges.</summary>
public sealed record CreatedCompetition(
    long Id,
    string Name,
    string Occupation,
    CompetitionStatus Status,
    MarkingSchemeView MarkingScheme,
    IReadOnlyList<ContestantView> Contestants,
    IReadOnlyList<JudgeWithPin> Judges,
    CompetitionRules Rules);
