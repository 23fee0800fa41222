namespace Competition.Domain.Certification;

/// <summary>
/// An HR officer's decision on an assessment: a draft is approved (passed) or rejected once, with an
/// optional reason; a decided assessment stays as decided, since certificates may be issued from it.
/// </summary>
public static class AssessmentDecision
{
    /// <summary>Why this assessment cannot be decided now, or null when it is a draft.</summary>
    public static DomainError? CheckDecide(long assessmentId, AssessmentStatus status) => status == AssessmentStatus.Draft
        ? null
        : new DomainError(ErrorKind.Conflict, "assessment.not-draft", $"Assessment {assessmentId} is {status}: only drafts are approved or rejected.");

    /// <summary>The audit action a decision is recorded under.</summary>
    public static string AuditAction(AssessmentStatus decision) => decision == AssessmentStatus.Passed ? "assessment.approved" : "assessment.rejected";
}
