namespace Competition.Server.Competitions;

/// <summary>A contestant to register; the bib is unique within the competition. Guests and trainees
/// compete <c>outOfRanking</c>: shown, never ranked or awarded. With a <c>nationalId</c> (hashed, never
/// stored in clear) the contestant is linked to a worker, so promotion rules can draft assessments from
/// their result.</summary>
public sealed record ContestantRequest(string Name, string Employer, string Bib, bool OutOfRanking = false, string? NationalId = null);
