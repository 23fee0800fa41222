using Competition.Domain.Rules;

namespace Competition.Data.Entities;

/// <summary>A marking scheme and rules saved under a name for an occupation; new competitions start from it.</summary>
public sealed class SchemeTemplateEntity
{
    public long Id { get; set; }
    public required string Name { get; set; }
    public required string Occupation { get; set; }
    public required TemplateScheme Scheme { get; set; }
    public CompetitionRules? Rules { get; set; }
    /// <summary>The organisation whose organizer saved it.</summary>
    public long? OrganizationId { get; set; }
    public required string CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
