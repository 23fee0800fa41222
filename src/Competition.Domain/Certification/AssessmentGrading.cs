namespace Competition.Domain.Certification;

/// <summary>
/// Whether an assessment's components pass: theory and practical for every level, and a comprehensive
/// review for 技师 and above, each reaching its pass mark (60 of 100 unless stated). A competition result
/// stands in for the exams, so the competition route needs no components.
/// </summary>
public static class AssessmentGrading
{
    public const decimal DefaultPassMark = 60m;
    public const decimal MaximumScore = 100m;

    /// <summary>The components an assessment at this level by this route must have.</summary>
    public static IReadOnlyList<AssessmentComponentKind> Required(SkillLevel target, AssessmentRoute route)
    {
        if (route == AssessmentRoute.Competition)
        {
            return [];
        }
        return SkillLadder.NeedsComprehensiveReview(target)
            ? [AssessmentComponentKind.Theory, AssessmentComponentKind.Practical, AssessmentComponentKind.ComprehensiveReview]
            : [AssessmentComponentKind.Theory, AssessmentComponentKind.Practical];
    }

    /// <summary>Why these components cannot be graded (missing, repeated or out of range); empty when they can.</summary>
    public static IReadOnlyList<string> Problems(SkillLevel target, AssessmentRoute route, IReadOnlyList<ComponentScore> components)
    {
        var problems = new List<string>();
        foreach (var missing in Required(target, route).Where(kind => components.All(c => c.Kind != kind)))
        {
            problems.Add($"The {missing} component is required for {SkillLadder.ChineseName(target)} by this route.");
        }
        foreach (var repeated in components.GroupBy(c => c.Kind).Where(g => g.Count() > 1))
        {
            problems.Add($"The {repeated.Key} component is given more than once.");
        }
        foreach (var component in components)
        {
            if (component.Score is < 0 or > MaximumScore || component.PassMark is <= 0 or > MaximumScore)
            {
                problems.Add($"The {component.Kind} score and pass mark must lie within 0…{MaximumScore}.");
            }
        }
        return problems;
    }

    /// <summary>The components below their pass mark; the assessment passes when there are none.</summary>
    public static IReadOnlyList<ComponentScore> Failed(IReadOnlyList<ComponentScore> components) =>
        components.Where(c => c.Score < c.PassMark).ToList();
}
