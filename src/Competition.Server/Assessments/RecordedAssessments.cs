using Competition.Data.Entities;
using Competition.Domain.Certification;

namespace Competition.Server.Assessments;

/// <summary>Turns a checked assessment request into the assessment an HR officer records.</summary>
public static class RecordedAssessments
{
    /// <summary>Passed or failed on its component scores, decided as it is recorded: its date counts for the
    /// interval between promotions.</summary>
    public static AssessmentEntity Create(AssessmentRequest request, string organization, string actor, DateTimeOffset now) => new()
    {
        WorkerId = request.WorkerId,
        Organization = organization,
        OccupationCode = request.OccupationCode,
        OccupationEdition = request.OccupationEdition,
        OccupationName = request.OccupationName.Trim(),
        WorkType = string.IsNullOrWhiteSpace(request.WorkType) ? null : request.WorkType.Trim(),
        TargetLevel = request.TargetLevel,
        Route = request.Route,
        Status = AssessmentGrading.Failed(request.Components).Count == 0 ? AssessmentStatus.Passed : AssessmentStatus.Failed,
        Components = request.Components.Select(c => new AssessmentComponentEntity { Kind = c.Kind, Score = c.Score, PassMark = c.PassMark }).ToList(),
        Examiners = request.Examiners?.Select(e => e.Trim()).ToList() ?? [],
        RecordedBy = actor,
        CreatedAt = now,
        DecidedBy = actor,
        DecidedAt = now,
    };
}
