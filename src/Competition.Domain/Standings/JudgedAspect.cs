using Competition.Domain.Moderation;

namespace Competition.Domain.Standings;

/// <summary>A judge's latest entry on one contestant's aspect and that aspect's moderation.</summary>
/// <param name="AgreedScore">The score the chief judge resolved the aspect with, if they gave one.</param>
/// <param name="RescoreOwed">The chief judge asked the panel to score it again and this judge has not yet.</param>
public sealed record JudgedAspect(JudgeMark Entry, ModerationState State, decimal? AgreedScore, bool RescoreOwed);
