using Competition.Domain.Certification;

namespace Competition.Server.Certificates;

/// <summary>One recorded status change of a certificate.</summary>
public sealed record StatusChangeView(StatusChange Change, string Reason, string Actor, DateTimeOffset At);
