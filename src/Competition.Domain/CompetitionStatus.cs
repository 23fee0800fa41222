namespace Competition.Domain;

/// <summary>Life cycle of a competition. Marks are accepted only while it is live.</summary>
public enum CompetitionStatus
{
    /// <summary>Defined, contestants and judges registered, not yet accepting marks.</summary>
    Draft = 0,
    /// <summary>Started by the organizer: judges mark, audiences watch.</summary>
    Live = 1,
}
