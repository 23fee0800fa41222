using Competition.Domain.Certification;

namespace Competition.Data.Entities;

/// <summary>One scored component of an assessment (theory, practical, comprehensive review).</summary>
public sealed class AssessmentComponentEntity
{
    public long Id { get; set; }
    public long AssessmentId { get; set; }
    public AssessmentComponentKind Kind { get; set; }
    public decimal Score { get; set; }
    public decimal PassMark { get; set; }
}
