using Competition.Domain.Competitions;

namespace Competition.Server.Registration;

/// <summary>One judge to register: in draft, or once live (then with a <c>reason</c>). Their PIN is answered once.</summary>
public sealed record JudgeEntryRequest(string Name, string Employer, bool IsChief = false, string? Reason = null);
