using Competition.Domain.Rules;

namespace Competition.Domain.Marking;

/// <summary>What a judge may enter for an aspect, and what the panel's entries are worth.</summary>
public static class AspectRules
{
    /// <summary>Judgement scores run 0..3 against written level descriptions.</summary>
    public const int JudgementLevels = 3;

    /// <summary>Largest number of decimals a judge may enter; more would be false precision.</summary>
    public const int MarkDecimals = 2;

    /// <summary>Checks a judge's entry for an aspect; null when it is acceptable.</summary>
    public static DomainError? CheckEntry(SchemeAspect aspect, decimal value) => aspect.Kind switch
    {
        AspectKind.Judgement => value is >= 0 and <= JudgementLevels && decimal.Truncate(value) == value
            ? null
            : OutOfRange($"Aspect '{aspect.Name}' is a judgement aspect: enter a whole score from 0 to {JudgementLevels}."),
        AspectKind.Measurement => MeasurementValues(aspect).Contains(value)
            ? null
            : new DomainError(ErrorKind.Invalid, "mark.not-allowed",
                $"Aspect '{aspect.Name}' is a measurement aspect: enter {string.Join(", ", MeasurementValues(aspect).Select(v => v.ToString("0.##")))}."),
        _ => value < 0 || value > aspect.MaxMark
            ? OutOfRange($"Aspect '{aspect.Name}' takes a mark from 0 to {aspect.MaxMark:0.##}; {value:0.####} is outside.")
            : decimal.Round(value, MarkDecimals) == value
                ? null
                : new DomainError(ErrorKind.Invalid, "mark.too-precise", $"Marks have at most {MarkDecimals} decimals; {value:0.##########} has more."),
    };

    /// <summary>Full mark, zero, or the full mark less a listed deduction.</summary>
    public static IReadOnlyList<decimal> MeasurementValues(SchemeAspect aspect) =>
        aspect.Deductions.Where(d => d > 0 && d < aspect.MaxMark).Select(d => aspect.MaxMark - d)
            .Append(aspect.MaxMark).Append(0m).Distinct().OrderDescending().ToArray();

    /// <summary>The mark an aspect contributes from its judges' entries (already checked).</summary>
    /// <remarks>Judgement: mean score / 3 × max. Measurement: the mean of the judges' marks. Graded: the
    /// aspect's or competition's aggregation. Rounded to 4 decimals so repeated thirds stay tidy.</remarks>
    public static decimal Aggregate(SchemeAspect aspect, IReadOnlyCollection<decimal> entries, CompetitionRules rules)
    {
        if (entries.Count == 0)
        {
            return 0m;
        }
        var mark = aspect.Kind switch
        {
            AspectKind.Judgement => Aggregations.Mean(entries) / JudgementLevels * aspect.MaxMark,
            AspectKind.Graded => (aspect.Aggregation ?? rules.GradedAggregation) switch
            {
                GradedAggregation.Median => Aggregations.Median(entries),
                GradedAggregation.TrimmedMean => Aggregations.TrimmedMean(entries, rules.TrimCount ?? Aggregations.DefaultTrim(entries.Count)),
                _ => Aggregations.Mean(entries),
            },
            _ => Aggregations.Mean(entries),
        };
        return decimal.Round(mark, 4);
    }

    /// <summary>The size of an aspect's scale, so deviations of different aspects compare.</summary>
    public static decimal Scale(SchemeAspect aspect) => aspect.Kind == AspectKind.Judgement ? JudgementLevels : aspect.MaxMark;

    private static DomainError OutOfRange(string message) => new(ErrorKind.Invalid, "mark.out-of-range", message);
}
