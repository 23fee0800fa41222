namespace Competition.Domain.Standings;

/// <summary>What the public board shows (the jury always sees the live standings).</summary>
public enum BoardPhase
{
    /// <summary>The live standings.</summary>
    Live,
    /// <summary>The standings as they were when the organizer froze the board.</summary>
    Frozen,
    /// <summary>The ceremony: the final standings, revealed place by place from the bottom; the places
    /// above are shown without names or totals until their turn.</summary>
    Revealing,
}
