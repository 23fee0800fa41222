namespace Competition.Domain.Certification;

/// <summary>A part of a skill-level assessment, each scored out of 100.</summary>
public enum AssessmentComponentKind
{
    Theory,
    Practical,
    /// <summary>综合评审: required for 技师 and above.</summary>
    ComprehensiveReview,
}
