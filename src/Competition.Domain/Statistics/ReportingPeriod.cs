namespace Competition.Domain.Statistics;

/// <summary>
/// The days a report covers, both ends included, in the platform's time zone: a year, or any dates. Its
/// year-on-year comparison is the same days one year earlier.
/// </summary>
public sealed record ReportingPeriod(DateOnly From, DateOnly To)
{
    /// <summary>The longest period one report covers: a decade of a federation's figures.</summary>
    public const int MaxYears = 10;

    public static ReportingPeriod Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    public ReportingPeriod YearBefore() => new(From.AddYears(-1), To.AddYears(-1));

    public bool Contains(DateOnly day) => day >= From && day <= To;

    /// <summary>Whether the period is whole calendar years (then it is named by them).</summary>
    public bool IsCalendarYear => From is { Month: 1, Day: 1 } && To == new DateOnly(From.Year, 12, 31);

    public DomainError? Check() =>
        To < From ? new DomainError(ErrorKind.Invalid, "statistics.invalid-period", "The period ends before it starts (to is before from).")
        : From.Year <= 1 || To > From.AddYears(MaxYears) ? new DomainError(ErrorKind.Invalid, "statistics.period-too-long",
            $"A report covers at most {MaxYears} years, and none before year 2.")
        : null;
}
