using Competition.Domain.Wages;

namespace Competition.Server.Agreements;

/// <summary>A recorded agreement with the floor (and allowance) it gives each level, lowest first (no level: no
/// certificate); still a proposal, or signed (when, by whom).</summary>
public sealed record AgreementView(
    long Id, AgreementRequest Agreement, IReadOnlyList<LevelFloor> Floors, AgreementStatus Status, DateTimeOffset? SignedAt, string? SignedBy,
    string CreatedBy, DateTimeOffset CreatedAt)
{
    /// <summary>The agreement as the bargaining report costs it.</summary>
    public Proposal ToProposal() => new(Floors, (Agreement.CompetitionBonuses ?? []).ToDictionary(b => b.Award, b => b.Amount));
}
