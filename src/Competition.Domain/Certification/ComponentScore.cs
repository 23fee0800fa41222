namespace Competition.Domain.Certification;

/// <summary>A component's score out of 100 and the mark it must reach to pass.</summary>
public sealed record ComponentScore(AssessmentComponentKind Kind, decimal Score, decimal PassMark = AssessmentGrading.DefaultPassMark);
