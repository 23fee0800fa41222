using Competition.Domain.Certification;

namespace Competition.Grains.Contracts;

/// <summary>An assessment promotion rules drafted from a competition result, and the certificates issued on it.</summary>
[GenerateSerializer, Immutable, Alias("Competition.DraftedPromotion")]
public sealed record DraftedPromotion(
    [property: Id(0)] long AssessmentId,
    [property: Id(1)] string OccupationName,
    [property: Id(2)] SkillLevel TargetLevel,
    [property: Id(3)] AssessmentStatus Status,
    [property: Id(4)] IReadOnlyList<IssuedCertificate> Certificates);
