namespace Competition.Domain.Marking;

/// <summary>What a judge may enter for an aspect, and what it is worth.</summary>
public static class AspectRules
{
    /// <summary>Judgement scores run 0..3 against written level descriptions.</summary>
    public const int JudgementLevels = 3;

    /// <summary>Largest number of decimals a judge may enter; more would be false precision.</summary>
    public const int MarkDecimals = 2;

    /// <summary>Checks a judge's entry for an aspect; null when it is acceptable.</summary>
    public static DomainError? CheckEntry(SchemeAspect aspect, decimal value)
    {
        if (aspect.Kind == AspectKind.Judgement)
        {
            return value is >= 0 and <= JudgementLevels && decimal.Truncate(value) == value
                ? null
                : new DomainError(ErrorKind.Invalid, "mark.out-of-range",
                    $"Aspect '{aspect.Name}' is a judgement aspect: enter a whole score from 0 to {JudgementLevels}.");
        }
        if (value < 0 || value > aspect.MaxMark)
        {
            return new DomainError(ErrorKind.Invalid, "mark.out-of-range",
                $"Aspect '{aspect.Name}' takes a mark from 0 to {aspect.MaxMark:0.##}; {value:0.####} is outside.");
        }
        return decimal.Round(value, MarkDecimals) == value
            ? null
            : new DomainError(ErrorKind.Invalid, "mark.too-precise",
                $"Marks have at most {MarkDecimals} decimals; {value:0.##########} has more.");
    }

    /// <summary>The mark an aspect contributes, from the judges' entries (already checked).</summary>
    /// <remarks>Judgement: mean score / 3 × max. Measurement and graded: the mean of the judges' marks
    /// (a single judge's mark when one judge marks). Rounded to 4 decimals so repeated thirds stay tidy.</remarks>
    public static decimal Aggregate(SchemeAspect aspect, IReadOnlyCollection<decimal> entries)
    {
        if (entries.Count == 0)
        {
            return 0m;
        }
        var mean = entries.Sum() / entries.Count;
        var mark = aspect.Kind == AspectKind.Judgement ? mean / JudgementLevels * aspect.MaxMark : mean;
        return decimal.Round(mark, 4);
    }
}
