namespace Competition.Domain.Rules;

/// <summary>A figure that can decide between equal totals. Higher wins, except completion time.</summary>
public enum TieBreakKind
{
    /// <summary>The sum of the modules' weighted totals (everything but theory).</summary>
    PracticalTotal,
    TheoryTotal,
    JudgementTotal,
    MeasurementTotal,
    GradedTotal,
    /// <summary>One module's raw total; names the module.</summary>
    Module,
    /// <summary>Minutes taken; fewer wins, and no time recorded loses.</summary>
    CompletionTime,
}
