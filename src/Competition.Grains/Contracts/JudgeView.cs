namespace Competition.Grains.Contracts;

/// <summary>A judge as the public sees them (never the PIN); <c>replacedBy</c> names the judge who took over.</summary>
[GenerateSerializer, Immutable, Alias("Competition.JudgeView")]
public sealed record JudgeView(
    [property: Id(0)] long Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string Employer,
    [property: Id(3)] bool IsChief = false,
    [property: Id(4)] long? ReplacedBy = null);
