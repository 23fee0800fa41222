namespace Competition.Grains.Contracts;

/// <summary>People to register in a draft, checked and prepared by the host (workers linked, PINs hashed),
/// from the file whose SHA-256 is <c>FileHash</c>, so the same file twice is recognised.</summary>
[GenerateSerializer, Immutable, Alias("Competition.Registration")]
public sealed record Registration(
    [property: Id(0)] string Kind,
    [property: Id(1)] string FileHash,
    [property: Id(2)] string Actor,
    [property: Id(3)] IReadOnlyList<ContestantRegistration> Contestants,
    [property: Id(4)] IReadOnlyList<JudgeRegistration> Judges);

/// <summary>A contestant to register.</summary>
[GenerateSerializer, Immutable, Alias("Competition.ContestantRegistration")]
public sealed record ContestantRegistration(
    [property: Id(0)] string Bib,
    [property: Id(1)] string Name,
    [property: Id(2)] string Employer,
    [property: Id(3)] bool OutOfRanking,
    [property: Id(4)] long? WorkerId);

/// <summary>A judge to register, with their PIN already hashed.</summary>
[GenerateSerializer, Immutable, Alias("Competition.JudgeRegistration")]
public sealed record JudgeRegistration(
    [property: Id(0)] string Name,
    [property: Id(1)] string Employer,
    [property: Id(2)] bool IsChief,
    [property: Id(3)] string PinHash);

/// <summary>The ids of the people registered, in the order given; or that this file was imported before; or why not.</summary>
[GenerateSerializer, Immutable, Alias("Competition.RegistrationOutcome")]
public sealed record RegistrationOutcome(
    [property: Id(0)] IReadOnlyList<long> Ids,
    [property: Id(1)] bool AlreadyImported,
    [property: Id(2)] Competition.Domain.DomainError? Error);
