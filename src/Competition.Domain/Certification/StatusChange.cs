namespace Competition.Domain.Certification;

/// <summary>A recorded change of a certificate's status; every one is kept.</summary>
public enum StatusChange
{
    Revoked,
    Suspended,
    Reinstated,
    Superseded,
}
