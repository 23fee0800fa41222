using Competition.Domain;

namespace Competition.Grains.Contracts;

/// <summary>How a domain <see cref="Outcome{T}"/> crosses silos: with Orleans' own codec, so grain answers
/// (every mark's acknowledgement among them) are not copied through JSON; the domain stays free of Orleans.</summary>
[GenerateSerializer, Immutable, Alias("Competition.Outcome")]
public readonly record struct OutcomeSurrogate<T>(
    [property: Id(0)] T? Value,
    [property: Id(1)] DomainError? Error);

[RegisterConverter]
public sealed class OutcomeSurrogateConverter<T> : IConverter<Outcome<T>, OutcomeSurrogate<T>>
{
    public Outcome<T> ConvertFromSurrogate(in OutcomeSurrogate<T> surrogate) => new(surrogate.Value, surrogate.Error);

    public OutcomeSurrogate<T> ConvertToSurrogate(in Outcome<T> value) => new(value.Value, value.Error);
}
