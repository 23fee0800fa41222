using Competition.Domain.Judging;

namespace Competition.Grains.Contracts;

/// <summary>A judge's record in their competition, as the chief judge's console shows it.</summary>
/// <param name="LockedOutUntil">While their PIN is locked after wrong tries: until when (a PIN reset ends it).</param>
/// <param name="SignInFailures">Wrong PINs since their last sign-in or lock.</param>
[GenerateSerializer, Immutable, Alias("Competition.JudgeRecordView")]
public sealed record JudgeRecordView(
    [property: Id(0)] long CompetitionId,
    [property: Id(1)] JudgeView Judge,
    [property: Id(2)] DateTimeOffset? LockedOutUntil,
    [property: Id(3)] int SignInFailures,
    [property: Id(4)] JudgeRecord Record);
