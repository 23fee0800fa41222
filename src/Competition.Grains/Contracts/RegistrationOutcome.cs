namespace Competition.Grains.Contracts;

/// <summary>The ids of the people registered, in the order given; or that this file was imported before; or why not.</summary>
[GenerateSerializer, Immutable, Alias("Competition.RegistrationOutcome")]
public sealed record RegistrationOutcome(
    [property: Id(0)] IReadOnlyList<long> Ids,
    [property: Id(1)] bool AlreadyImported,
    [property: Id(2)] Competition.Domain.DomainError? Error);
