using Competition.Domain.Certification;

namespace Competition.UnitTests.Certification;

public sealed class AssessmentGradingTests
{
    private static ComponentScore Theory(decimal score) => new(AssessmentComponentKind.Theory, score);
    private static ComponentScore Practical(decimal score) => new(AssessmentComponentKind.Practical, score);
    private static ComponentScore Review(decimal score) => new(AssessmentComponentKind.ComprehensiveReview, score);

    [Fact]
    public void Sixty_of_a_hundred_passes_each_component()
    {
        Assert.Empty(AssessmentGrading.Failed([Theory(60), Practical(60)]));
        Assert.Equal([AssessmentComponentKind.Practical], AssessmentGrading.Failed([Theory(95), Practical(59.5m)]).Select(c => c.Kind));
    }

    [Fact]
    public void A_stated_pass_mark_replaces_the_default()
    {
        Assert.Single(AssessmentGrading.Failed([new ComponentScore(AssessmentComponentKind.Theory, 65, PassMark: 70)]));
    }

    [Fact]
    public void Technicians_and_above_need_a_comprehensive_review()
    {
        Assert.Contains(AssessmentGrading.Problems(SkillLevel.Technician, AssessmentRoute.SocialEvaluationOrganisation, [Theory(80), Practical(80)]),
            p => p.Contains("ComprehensiveReview"));
        Assert.Empty(AssessmentGrading.Problems(SkillLevel.Technician, AssessmentRoute.SocialEvaluationOrganisation, [Theory(80), Practical(80), Review(70)]));
        Assert.Empty(AssessmentGrading.Problems(SkillLevel.Senior, AssessmentRoute.EnterpriseSelfEvaluation, [Theory(80), Practical(80)]));
    }

    [Fact]
    public void Missing_repeated_and_out_of_range_components_are_problems_and_competitions_need_none()
    {
        var problems = AssessmentGrading.Problems(SkillLevel.Senior, AssessmentRoute.EnterpriseSelfEvaluation, [Theory(101), Theory(50)]);

        Assert.Contains(problems, p => p.Contains("Practical component is required"));
        Assert.Contains(problems, p => p.Contains("more than once"));
        Assert.Contains(problems, p => p.Contains("within 0…100"));
        Assert.Empty(AssessmentGrading.Problems(SkillLevel.Technician, AssessmentRoute.Competition, []));
    }
}
