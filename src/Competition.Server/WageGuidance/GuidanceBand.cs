namespace Competition.Server.WageGuidance;

/// <summary>A guidance row's pay distribution as monthly whole yuan (yearly tables divided by 12), with where it comes from.</summary>
public sealed record GuidanceBand(
    int Year, string Source, string Industry, string OccupationCode, int SampleSize,
    decimal MonthlyP10, decimal MonthlyP25, decimal MonthlyP50, decimal MonthlyP75, decimal MonthlyP90, decimal MonthlyMean);
