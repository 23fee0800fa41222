namespace Competition.Data.Entities;

/// <summary>A judge of one competition. The access PIN is stored only as a hash.</summary>
public sealed class JudgeEntity
{
    public long Id { get; set; }
    public long CompetitionId { get; set; }
    public required string Name { get; set; }
    public required string Employer { get; set; }
    public required string PinHash { get; set; }
    /// <summary>The account that was shown the current PIN (at registration, import or a reset): it could
    /// sign in as this judge, so it is no second person to a chief judge's proposal.</summary>
    public string? PinIssuedTo { get; set; }
    /// <summary>The chief judge moderates, locks and proposes corrections; marks only where a panel names them.</summary>
    public bool IsChief { get; set; }
    /// <summary>The judge who took over from this one, who then marks no more (their counted marks stay).</summary>
    public long? ReplacedById { get; set; }
    /// <summary>When not empty, the only contestants this judge marks.</summary>
    public List<JudgeAssignmentEntity> Assignments { get; set; } = [];
}
