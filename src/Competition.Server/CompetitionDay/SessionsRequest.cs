namespace Competition.Server.CompetitionDay;

/// <summary>A competition's workstations (工位) and its sessions in order; set while in draft.</summary>
public sealed record SessionsRequest(int? Workstations, IReadOnlyList<SessionRequest>? Sessions) : IScheduleFields;
