namespace Competition.Grains.Contracts;

/// <summary>The answer to a PIN sign-in.</summary>
[GenerateSerializer, Immutable, Alias("Competition.JudgeSignIn")]
public sealed record JudgeSignIn(
    [property: Id(0)] JudgeSignInResult Result,
    [property: Id(2)] bool IsChief = false);
