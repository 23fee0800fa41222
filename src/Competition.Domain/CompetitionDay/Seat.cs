namespace Competition.Domain.CompetitionDay;

/// <summary>Where a contestant competes: session and workstation (工位), both counted from 1.</summary>
public sealed record Seat(int Session, int Workstation);
