using Competition.Domain.Certification;

namespace Competition.Server.Assessments;

/// <summary>
/// An assessment an HR officer records, with its component scores (out of 100; pass mark 60 unless given).
/// The competition route is not recorded by hand: promotion rules draft it from results.
/// </summary>
public sealed record AssessmentRequest(
    long WorkerId,
    string OccupationCode,
    string OccupationEdition,
    string OccupationName,
    string? WorkType,
    SkillLevel TargetLevel,
    AssessmentRoute Route,
    IReadOnlyList<ComponentScore> Components,
    IReadOnlyList<string>? Examiners = null);
