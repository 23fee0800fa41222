namespace Competition.Server.Marking;

/// <summary>A judge's mark. For a judgement aspect <see cref="Value"/> is the 0–3 score; for a measurement
/// the full mark, zero or the full mark less a listed deduction; for a graded aspect 0..maxMark. Choose
/// <see cref="SubmissionId"/> on the device and reuse it on resend. Amending an earlier mark needs a
/// <see cref="Reason"/> (not when the chief judge asked for a re-score).</summary>
public sealed record SubmitMarkRequest(Guid SubmissionId, long ContestantId, long AspectId, decimal Value, string? Reason = null);
