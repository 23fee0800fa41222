using Competition.Domain;

namespace Competition.Grains.Contracts;

/// <summary>Carries a <see cref="DomainError"/> across silos; the domain stays free of Orleans attributes.</summary>
[GenerateSerializer, Immutable, Alias("Competition.DomainError")]
public readonly record struct DomainErrorSurrogate(
    [property: Id(0)] ErrorKind Kind,
    [property: Id(1)] string Code,
    [property: Id(2)] string Message);
