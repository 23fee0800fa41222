using Competition.Domain.Judging;

namespace Competition.Grains.Contracts;

/// <summary>A judge's record in their competition, as the chief judge's console shows it.</summary>
/// <param name="LockedOutUntil">While wrong PINs lock them out, from some tablet's address or from
/// everywhere: until when (a PIN reset ends it).</param>
/// <param name="SignInFailures">Wrong PINs counted against them this hour, from every address together.</param>
[GenerateSerializer, Immutable, Alias("Competition.JudgeRecordView")]
public sealed record JudgeRecordView(
    [property: Id(0)] long CompetitionId,
    [property: Id(1)] JudgeView Judge,
    [property: Id(2)] DateTimeOffset? LockedOutUntil,
    [property: Id(3)] int SignInFailures,
    [property: Id(4)] JudgeRecord Record);
