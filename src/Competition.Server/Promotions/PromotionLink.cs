namespace Competition.Server.Promotions;

/// <summary>
/// Links a competition to promotion rules: the rule set (its newest version applies when results are
/// final), the contest class its rules are written for (e.g. <c>municipal-class-1</c>), the occupation the
/// drafted assessments are for, and the HR organisation that approves them.
/// </summary>
public sealed record PromotionLink(
    string RuleSet, string ContestClass, string OccupationCode, string OccupationEdition, string OccupationName,
    string? WorkType, string Organization, DateTimeOffset? DraftedAt = null);
