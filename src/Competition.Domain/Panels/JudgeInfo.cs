namespace Competition.Domain.Panels;

/// <summary>What the rules need to know of a judge. A chief judge moderates and locks; they mark only
/// aspects whose panel names them. A replaced judge marks no more; their counted marks stay.</summary>
public sealed record JudgeInfo(long Id, string Employer, bool IsChief = false, bool Replaced = false);
