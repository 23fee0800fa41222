namespace Competition.Domain.Certification;

/// <summary>How a worker's skill level was assessed.</summary>
public enum AssessmentRoute
{
    /// <summary>The employer's own skill-level evaluation (企业自主评价).</summary>
    EnterpriseSelfEvaluation,
    /// <summary>A recognised social evaluation organisation (社会培训评价组织).</summary>
    SocialEvaluationOrganisation,
    /// <summary>A result in a skills competition, under a promotion rule set.</summary>
    Competition,
}
