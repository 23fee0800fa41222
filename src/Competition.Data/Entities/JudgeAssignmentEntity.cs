namespace Competition.Data.Entities;

/// <summary>A contestant assigned to a judge; a judge with assignments marks only those contestants.</summary>
public sealed class JudgeAssignmentEntity
{
    public long JudgeId { get; set; }
    public long ContestantId { get; set; }
}
