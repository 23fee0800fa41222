using Competition.Domain.Competitions;

namespace Competition.Server.Registration;

/// <summary>A contestant withdrawn (<c>withdrawn</c>) or absent (<c>noShow</c>), always with the reason.</summary>
public sealed record WithdrawalRequest(Withdrawal Kind, string Reason);
