using Competition.Domain.Competitions;

namespace Competition.Server.Registration;

/// <summary>One contestant to register: in draft, or late once live (then with a <c>reason</c>). Without
/// a bib the platform numbers them after the highest in use.</summary>
public sealed record ContestantEntryRequest(string Name, string Employer, string? Bib = null, string? NationalId = null, bool OutOfRanking = false, string? Reason = null);
