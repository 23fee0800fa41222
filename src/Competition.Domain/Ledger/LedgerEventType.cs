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
    /// <summary>A late contestant registered once the competition is live (<c>ContestantId</c>; name, employer in <c>Payload</c>).</summary>
    ContestantAdded,
    /// <summary>A contestant's name or employer corrected (<c>Payload</c> has the new ones, <c>Reason</c> why).</summary>
    ContestantCorrected,
    /// <summary>A contestant withdrawn or absent (<c>Payload</c> says which): kept, out of the ranking.</summary>
    ContestantWithdrawn,
    /// <summary>A judge added once live (<c>JudgeId</c>).</summary>
    JudgeAdded,
    /// <summary>A judge replaced (<c>JudgeId</c> the one who leaves, <c>Payload</c> the replacement): their counted marks stay.</summary>
    JudgeReplaced,
    /// <summary>The commitment (SHA-256 of the secret seed) of the next draw, published before it (<c>Payload</c>).</summary>
    DrawCommitted,
    /// <summary>A draw: its seed, input and order in <c>Payload</c>, a re-draw's <c>Reason</c>; numbers and seats follow from them.</summary>
    DrawPerformed,
    /// <summary>A contestant moved to another session and workstation (<c>Payload</c>), with the <c>Reason</c>.</summary>
    ContestantMoved,
    /// <summary>A contestant checked in (检录) by the actor.</summary>
    ContestantCheckedIn,
    /// <summary>A session began (<c>Value</c> its number): those not checked in became no-shows (<c>Payload</c>).</summary>
    SessionStarted,
    /// <summary>One party's confirmation of the decryption (<c>Payload</c> names the party); both make it.</summary>
    DecryptionConfirmed,
}
