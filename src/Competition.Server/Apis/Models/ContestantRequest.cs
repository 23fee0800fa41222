namespace Competition.Server.Apis.Models;

/// <summary>A contestant to register; the bib is unique within the competition. Guests and trainees
/// compete <c>outOfRanking</c>: shown, never ranked or awarded.</summary>
public sealed record ContestantRequest(string Name, string Employer, string Bib, bool OutOfRanking = false);
