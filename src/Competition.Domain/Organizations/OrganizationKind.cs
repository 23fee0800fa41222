namespace Competition.Domain.Organizations;

/// <summary>What an organisation of the union hierarchy is. Names are stored; never rename one.</summary>
public enum OrganizationKind
{
    /// <summary>A city (or provincial) federation of trade unions (市总工会): the top of a deployment.</summary>
    Federation,
    /// <summary>A district or county union (区县总工会).</summary>
    DistrictUnion,
    /// <summary>An enterprise's own union.</summary>
    EnterpriseUnion,
    /// <summary>An enterprise, e.g. one whose HR department issues certificates.</summary>
    Enterprise,
}
