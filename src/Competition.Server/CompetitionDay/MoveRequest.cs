namespace Competition.Server.CompetitionDay;

/// <summary>A contestant moved to another session and workstation (a no-show, an equipment fault), with the reason.</summary>
public sealed record MoveRequest(int Session, int Workstation, string Reason);
