namespace Competition.Domain;

/// <summary>
/// Life cycle of a competition: draft → live → results locked → published → archived. Each step is a
/// ledger event (publication is the results lock meeting a live public board). Marks are accepted only
/// while it is live; an archived competition takes no more writes. Numbers are stored; never renumber.
/// </summary>
public enum CompetitionStatus
{
    /// <summary>Defined, contestants and judges registered, not yet accepting marks.</summary>
    Draft = 0,
    /// <summary>Started by the organizer: judges mark, audiences watch.</summary>
    Live = 1,
    /// <summary>The chief judge has finalised the results; the board may still be frozen or being revealed.</summary>
    ResultsLocked = 2,
    /// <summary>Results locked and the public board live: anyone may read the results.</summary>
    Published = 3,
    /// <summary>Closed for good: results, ledger and exports stay readable, nothing changes.</summary>
    Archived = 4,
}
