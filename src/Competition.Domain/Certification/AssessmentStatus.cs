namespace Competition.Domain.Certification;

/// <summary>Where an assessment stands. Only a passed assessment can lead to a certificate.</summary>
public enum AssessmentStatus
{
    /// <summary>Proposed by promotion rules from a competition result; an HR officer approves or rejects it.</summary>
    Draft,
    Passed,
    Failed,
    /// <summary>A draft an HR officer turned down, with a reason.</summary>
    Rejected,
}
