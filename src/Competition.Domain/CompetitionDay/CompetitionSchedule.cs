namespace Competition.Domain.CompetitionDay;

/// <summary>
/// The sessions of a competition and the workstations each one has. Without workstations the draw gives
/// numbers only (a theory paper, a contest held all at once); with them it also seats every contestant.
/// </summary>
public sealed record CompetitionSchedule(int? Workstations, IReadOnlyList<CompetitionSession> Sessions)
{
    public const int MaxWorkstations = 1000;
    public const int MaxSessions = 100;
    /// <summary>A session longer than a day is a typing mistake.</summary>
    public const int MaxMinutes = 24 * 60;

    public static readonly CompetitionSchedule None = new(null, []);

    /// <summary>How many contestants the sessions seat; null when there are no workstations to fill.</summary>
    public int? Capacity => Workstations * Sessions.Count;

    /// <summary>The session a number counts from 1, when there is one.</summary>
    public CompetitionSession? Session(int number) => number >= 1 && number <= Sessions.Count ? Sessions[number - 1] : null;

    /// <summary>Sessions run in the order given, one after another on the same workstations.</summary>
    public DomainError? Check()
    {
        if (Workstations is < 1 or > MaxWorkstations)
        {
            return Invalid($"A competition has 1 to {MaxWorkstations} workstations.");
        }
        if (Sessions.Count > MaxSessions)
        {
            return Invalid($"At most {MaxSessions} sessions.");
        }
        if (Sessions.Any(s => s.StartsAt.Year is < 2000 or > 9000))
        {
            return Invalid("A session starts on a real day (years 2000 to 9000).");
        }
        if (Sessions.Any(s => s.Minutes is < 1 or > MaxMinutes))
        {
            return Invalid($"A session lasts 1 to {MaxMinutes} minutes.");
        }
        for (var i = 1; i < Sessions.Count; i++)
        {
            if (Sessions[i].StartsAt < Sessions[i - 1].EndsAt)
            {
                return Invalid($"Session {i + 1} starts before session {i} ends: list them in order, one after another.");
            }
        }
        return Sessions.Count > 0 && Workstations is null ? Invalid("Sessions share the workstations: give their number too.") : null;
    }

    /// <summary>Whether this seat exists.</summary>
    public bool Has(Seat seat) => seat.Session >= 1 && seat.Session <= Sessions.Count && seat.Workstation >= 1 && seat.Workstation <= (Workstations ?? 0);

    private static DomainError Invalid(string message) => new(ErrorKind.Invalid, "sessions.invalid", message);
}
