namespace Competition.Domain.Standings;

/// <summary>The standings an audience may see: live, frozen, or being revealed from the bottom.</summary>
/// <param name="Hidden">How many places at the top are not revealed yet (Revealing only).</param>
public sealed record PublicBoard(BoardPhase Phase, IReadOnlyList<Standing> Standings, int Hidden);
