using Competition.Domain.Organizations;

namespace Competition.Data.Entities;

/// <summary>An organisation of the registry: the federation, a district union, an enterprise union or an
/// enterprise. Organizers act for theirs and every one below it.</summary>
public sealed class OrganizationEntity
{
    public long Id { get; set; }
    public required string Name { get; set; }
    public OrganizationKind Kind { get; set; }
    /// <summary>The organisation it reports to; null only for the federation at the top.</summary>
    public long? ParentId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
