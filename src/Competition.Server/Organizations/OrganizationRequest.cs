using Competition.Domain.Organizations;

namespace Competition.Server.Organizations;

/// <summary>An organisation to register or change: its name, kind and the organisation it reports to.</summary>
public sealed record OrganizationRequest(string Name, OrganizationKind Kind, long? ParentId);
