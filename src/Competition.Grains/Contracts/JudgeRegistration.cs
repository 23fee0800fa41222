namespace Competition.Grains.Contracts;

/// <summary>A judge to register, with their PIN already hashed, and the account that was shown the PIN.</summary>
[GenerateSerializer, Immutable, Alias("Competition.JudgeRegistration")]
public sealed record JudgeRegistration(
    [property: Id(0)] string Name,
    [property: Id(1)] string Employer,
    [property: Id(2)] bool IsChief,
    [property: Id(3)] string PinHash,
    [property: Id(4)] string PinIssuedTo);
