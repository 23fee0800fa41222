namespace Competition.Server.Promotions;

/// <summary>
/// What drafting assessments from a competition's final results did: how many drafts it added (none
/// twice), which contestants the rules matched but refused (with why), and which matched contestants
/// could not be drafted because they were registered without a national ID.
/// </summary>
public sealed record DraftReport(
    long CompetitionId, string RuleSet, int RuleSetVersion, int Drafted, int AlreadyDrafted,
    IReadOnlyList<ContestantNote> Refused, IReadOnlyList<ContestantNote> Unidentified);
