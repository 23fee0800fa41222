namespace Competition.Server.CompetitionDay;

/// <summary>A judge's paper marking form for one session, for when a tablet fails: their aspects with the
/// level descriptions, and one row per contestant they mark (by drawn number alone when judging is blind).</summary>
public sealed record MarkingForm(
    long JudgeId,
    string JudgeName,
    int? Session,
    DateTimeOffset? SessionStartsAt,
    IReadOnlyList<MarkingFormAspect> Aspects,
    IReadOnlyList<MarkingFormRow> Rows);
