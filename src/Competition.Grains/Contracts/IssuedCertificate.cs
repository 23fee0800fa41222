using Competition.Domain.Certification;

namespace Competition.Grains.Contracts;

/// <summary>A certificate as a worker's history names it: its number, level and where it stands now.</summary>
[GenerateSerializer, Immutable, Alias("Competition.IssuedCertificate")]
public sealed record IssuedCertificate(
    [property: Id(0)] long Id,
    [property: Id(1)] string Number,
    [property: Id(2)] SkillLevel Level,
    [property: Id(3)] CertificateState State,
    [property: Id(4)] DateTimeOffset IssuedAt);
