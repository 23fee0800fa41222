namespace Competition.Grains.Contracts;

/// <summary>People to register in a draft, checked and prepared by the host (workers linked, PINs hashed),
/// from the file whose SHA-256 is <c>FileHash</c>, so the same file twice is recognised.</summary>
[GenerateSerializer, Immutable, Alias("Competition.RegistrationBatch")]
public sealed record RegistrationBatch(
    [property: Id(0)] string Kind,
    [property: Id(1)] string FileHash,
    [property: Id(2)] string Actor,
    [property: Id(3)] IReadOnlyList<ContestantRegistration> Contestants,
    [property: Id(4)] IReadOnlyList<JudgeRegistration> Judges);
