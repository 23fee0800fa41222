using Competition.Domain.Standings;

namespace Competition.Grains.Contracts;

/// <summary>
/// What an audience is pushed after a change: only the rows of the public board that differ from the
/// board pushed before (<see cref="PreviousVersion"/>), each at its position, and the board's length.
/// A whole board is several kilobytes and thousands of phones parse each push, so sending the few rows a
/// mark moves is most of the fan-out's cost saved. A client holding <see cref="PreviousVersion"/> applies
/// it (<see cref="ApplyTo"/>); any other client asks for the whole board again.
/// </summary>
[GenerateSerializer, Immutable, Alias("Competition.LeaderboardChanges")]
public sealed record LeaderboardChanges(
    [property: Id(0)] long CompetitionId,
    [property: Id(1)] long Version,
    [property: Id(2)] long PreviousVersion,
    [property: Id(3)] BoardPhase Phase,
    [property: Id(4)] int Count,
    [property: Id(5)] IReadOnlyList<PlacedRow> Rows)
{
    public static LeaderboardChanges Between(LeaderboardSnapshot before, LeaderboardSnapshot after) =>
        new(after.CompetitionId, after.Version, before.Version, after.Phase, after.Rows.Count,
            after.Rows.Select((row, position) => new PlacedRow(position, row))
                .Where(p => p.Position >= before.Rows.Count || !Same(before.Rows[p.Position], p.Row))
                .ToList());

    /// <summary>The board these changes lead to from <paramref name="held"/>, or null when
    /// <paramref name="held"/> is not the board they follow (a push was missed).</summary>
    public LeaderboardSnapshot? ApplyTo(LeaderboardSnapshot held)
    {
        if (held.Version != PreviousVersion || held.CompetitionId != CompetitionId)
        {
            return null;
        }
        var rows = new LeaderboardRow[Count];
        for (var i = 0; i < Math.Min(Count, held.Rows.Count); i++)
        {
            rows[i] = held.Rows[i];
        }
        foreach (var placed in Rows)
        {
            rows[placed.Position] = placed.Row;
        }
        return new LeaderboardSnapshot(CompetitionId, Version, rows, Phase);
    }

    private static readonly ModuleTotal[] NoModules = [];

    // Records compare lists by reference: module totals are compared by content, every other field by the record.
    private static bool Same(LeaderboardRow a, LeaderboardRow b) =>
        a with { Modules = NoModules } == b with { Modules = NoModules } && a.Modules.SequenceEqual(b.Modules);
}

/// <summary>A board row at its position (0 = top).</summary>
[GenerateSerializer, Immutable, Alias("Competition.PlacedRow")]
public sealed record PlacedRow(
    [property: Id(0)] int Position,
    [property: Id(1)] LeaderboardRow Row);
