using Competition.Domain.Organizations;

namespace Competition.Server.Organizations;

/// <summary>An organisation of the registry; <c>parentId</c> null only for the federation at the top.</summary>
public sealed record OrganizationView(long Id, string Name, OrganizationKind Kind, long? ParentId);
