namespace Competition.Domain.Moderation;

/// <summary>Where a contestant's judgement aspect stands in moderation.</summary>
public enum ModerationState
{
    /// <summary>Counts as marked.</summary>
    None,
    /// <summary>The panel's scores are too far apart: does not count until moderated.</summary>
    Disputed,
    /// <summary>The chief judge asked the panel to score again: does not count until every judge has.</summary>
    Rescoring,
    /// <summary>The chief judge recorded a resolution with a reason: counts as resolved.</summary>
    Resolved,
}
