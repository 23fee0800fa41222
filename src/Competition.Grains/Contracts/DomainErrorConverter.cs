using Competition.Domain;

namespace Competition.Grains.Contracts;

/// <summary>Converts between <see cref="DomainError"/> and its surrogate.</summary>
[RegisterConverter]
public sealed class DomainErrorConverter : IConverter<DomainError, DomainErrorSurrogate>
{
    public DomainError ConvertFromSurrogate(in DomainErrorSurrogate surrogate) =>
        new(surrogate.Kind, surrogate.Code, surrogate.Message);

    public DomainErrorSurrogate ConvertToSurrogate(in DomainError value) =>
        new(value.Kind, value.Code, value.Message);
}
