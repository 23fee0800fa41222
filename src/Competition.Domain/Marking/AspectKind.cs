namespace Competition.Domain.Marking;

/// <summary>How an aspect is marked (WorldSkills terms).</summary>
public enum AspectKind
{
    /// <summary>Objective: the judge enters the mark itself, 0..max.</summary>
    Measurement = 0,
    /// <summary>Subjective: each judge scores 0..3; mark = mean / 3 × max.</summary>
    Judgement = 1,
    /// <summary>A mark 0..max per judge, aggregated over the judges.</summary>
    Graded = 2,
}
