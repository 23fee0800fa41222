namespace Competition.Domain.Registration;

/// <summary>A judge as the registration spreadsheet lists them.</summary>
public sealed record JudgeEntry(int Row, string Name, string Employer, string IsChief);
