namespace Competition.Domain.Rules;

/// <summary>A theory exam marked elsewhere and imported as a score of 0..<see cref="MaxScore"/>;
/// it adds <see cref="Weight"/> × score to the total.</summary>
public sealed record TheoryComponent(decimal Weight, decimal MaxScore = 100m);
