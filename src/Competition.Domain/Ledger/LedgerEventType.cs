namespace Competition.Domain.Ledger;

/// <summary>What a ledger event records. Names are stored; never rename one.</summary>
public enum LedgerEventType
{
    Started,
    /// <summary>A judge's first entry for a contestant's aspect.</summary>
    Mark,
    /// <summary>A judge's later entry for the same contestant and aspect, with a reason.</summary>
    Amendment,
    RescoreRequested,
    Resolution,
    ModuleLocked,
    ResultsLocked,
    /// <summary>The chief judge proposes a change after a lock; it counts once an organizer approves.</summary>
    CorrectionProposed,
    CorrectionApproved,
    TheoryImported,
    CompletionTimesRecorded,
    /// <summary>The public board stops changing; the jury's view stays live.</summary>
    BoardFrozen,
    /// <summary>The next <c>Value</c> places, from the bottom, are revealed on the public board.</summary>
    BoardRevealed,
    /// <summary>The public board is live again (all at once, or after the last reveal step).</summary>
    BoardThawed,
    /// <summary>The competition is closed for good; nothing is recorded after this.</summary>
    Archived,
}
