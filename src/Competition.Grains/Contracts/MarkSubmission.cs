namespace Competition.Grains.Contracts;

/// <summary>A judge's mark as submitted. <see cref="SubmissionId"/> is chosen by the device so a
/// resend after a lost answer counts once; <see cref="Reason"/> is needed to amend an earlier mark.</summary>
[GenerateSerializer, Immutable, Alias("Competition.MarkSubmission")]
public sealed record MarkSubmission(
    [property: Id(0)] Guid SubmissionId,
    [property: Id(1)] long JudgeId,
    [property: Id(2)] long ContestantId,
    [property: Id(3)] long AspectId,
    [property: Id(4)] decimal Value,
    [property: Id(5)] string? Reason = null);
