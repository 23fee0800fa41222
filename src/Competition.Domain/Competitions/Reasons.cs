namespace Competition.Domain.Competitions;

/// <summary>
/// When a decision must say why. The reason is kept with the decision in the ledger, so an appeal can
/// read it later; a draft's edits need none, since nobody has taken part yet.
/// </summary>
public static class Reasons
{
    public static readonly DomainError Missing = new(ErrorKind.Invalid, "reason-required", "Give a reason: it is kept with the decision.");

    /// <summary>Why a decision without a reason is refused, or null when it has one.</summary>
    public static DomainError? Require(string? reason) => Text.IsVisible(reason) ? null : Missing;

    /// <summary>Once live, every change to who takes part says why.</summary>
    public static DomainError? RequireOnceLive(CompetitionState state, string? reason) =>
        state.Status == CompetitionStatus.Draft ? null : Require(reason);

    /// <summary>The reason as kept: trimmed, or none for text with nothing visible in it.</summary>
    public static string? Kept(string? reason) => Text.IsVisible(reason) ? reason!.Trim() : null;
}
