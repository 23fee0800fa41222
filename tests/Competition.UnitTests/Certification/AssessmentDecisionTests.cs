using Competition.Domain.Certification;

namespace Competition.UnitTests.Certification;

public sealed class AssessmentDecisionTests
{
    [Fact]
    public void Only_a_draft_assessment_is_decided()
    {
        Assert.Null(AssessmentDecision.CheckDecide(3, AssessmentStatus.Draft));
        Assert.Equal("assessment.not-draft", AssessmentDecision.CheckDecide(3, AssessmentStatus.Passed)?.Code);
        Assert.Equal(("assessment.approved", "assessment.rejected"),
            (AssessmentDecision.AuditAction(AssessmentStatus.Passed), AssessmentDecision.AuditAction(AssessmentStatus.Rejected)));
    }
}
