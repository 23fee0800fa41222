namespace Competition.Server.Competitions;

/// <summary>A judge to register; the platform generates their PIN. The chief judge (<c>isChief</c>)
/// moderates, locks and proposes corrections, and marks only where a panel names them.</summary>
public sealed record JudgeRequest(string Name, string Employer, bool IsChief = false);
