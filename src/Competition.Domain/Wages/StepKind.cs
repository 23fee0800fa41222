namespace Competition.Domain.Wages;

/// <summary>How a skill-level wage agreement steps its floors up the ladder.</summary>
public enum StepKind
{
    /// <summary>Each rung's floor is the one below raised by a percentage.</summary>
    Percentage,
    /// <summary>Each rung's floor is the one below plus a fixed amount.</summary>
    FixedAmount,
    /// <summary>One floor for all; each level adds a monthly skill allowance on top.</summary>
    Allowance,
}
