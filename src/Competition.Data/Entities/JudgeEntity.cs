namespace Competition.Data.Entities;

/// <summary>A judge of one competition. The access PIN is stored only as a hash.</summary>
public sealed class JudgeEntity
{
    public long Id { get; set; }
    public long CompetitionId { get; set; }
    public required string Name { get; set; }
    public required string Employer { get; set; }
    public required string PinHash { get; set; }
}
