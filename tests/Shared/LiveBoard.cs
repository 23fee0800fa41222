using Competition.Grains.Contracts;

namespace Competition.Testing;

/// <summary>
/// A competition's public board as an audience client keeps it (the .NET twin of the board page's
/// live-board.js): the whole board from Watch, then pushed changes applied in version order. Changes that
/// arrive before the board they follow on from are kept until it comes.
/// </summary>
public sealed class LiveBoard
{
    private readonly List<LeaderboardChanges> _pending = [];

    public LeaderboardSnapshot? Board { get; private set; }

    /// <summary>Pushed changes that could not be applied because one before them was missed.</summary>
    public int Gaps { get; private set; }

    /// <returns>True when the board moved on.</returns>
    public bool Whole(LeaderboardSnapshot board)
    {
        if (Board is not null && board.Version <= Board.Version)
        {
            return false;
        }
        Board = board;
        ApplyPending();
        return true;
    }

    /// <returns>True when the board moved on.</returns>
    public bool Changes(LeaderboardChanges changes)
    {
        if (Board is not null && changes.Version <= Board.Version)
        {
            return false;
        }
        _pending.Add(changes);
        if (Board is null)
        {
            return false;
        }
        var before = Board.Version;
        ApplyPending();
        if (Board.Version == before)
        {
            Gaps++;
        }
        return Board.Version > before;
    }

    private void ApplyPending()
    {
        _pending.RemoveAll(c => c.Version <= Board!.Version);
        while (_pending.Select(c => c.ApplyTo(Board!)).FirstOrDefault(b => b is not null) is { } next)
        {
            Board = next;
            _pending.RemoveAll(c => c.Version <= next.Version);
        }
    }
}
