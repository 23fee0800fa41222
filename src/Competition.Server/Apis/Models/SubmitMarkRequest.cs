namespace Competition.Server.Apis.Models;

/// <summary>A judge's mark. For a judgement aspect <see cref="Value"/> is the 0–3 score; otherwise the
/// mark itself, 0..maxMark. Choose <see cref="SubmissionId"/> on the device and reuse it on resend.</summary>
public sealed record SubmitMarkRequest(Guid SubmissionId, long ContestantId, long AspectId, decimal Value);
