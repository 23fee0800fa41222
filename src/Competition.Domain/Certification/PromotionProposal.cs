namespace Competition.Domain.Certification;

/// <summary>
/// What the rules give one contestant: a proposed level (with the rule, numbered from 1, and a reason an
/// HR officer can read), or a refusal saying why a contestant the rules matched gets nothing.
/// </summary>
public sealed record PromotionProposal(long ContestantId, SkillLevel? Level, int RuleNumber, string Reason)
{
    public bool Proposed => Level is not null;
}
