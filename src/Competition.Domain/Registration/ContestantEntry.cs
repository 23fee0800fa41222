namespace Competition.Domain.Registration;

/// <summary>A contestant as a nominating unit's spreadsheet lists them; <c>Bib</c> "" when left to the platform.</summary>
public sealed record ContestantEntry(int Row, string Bib, string Name, string Employer, string NationalId, string OutOfRanking);
