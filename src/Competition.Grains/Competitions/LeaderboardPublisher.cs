using Competition.Domain.Competitions;
using Competition.Grains.Contracts;
using Microsoft.Extensions.Logging;
using Orleans.Utilities;

namespace Competition.Grains.Competitions;

/// <summary>
/// What one competition shows and pushes: its public and jury boards (built once per version), the
/// contestants as judges and the public see them (by number alone while judging is blind), and the silos'
/// observers with the coalesced pushes. Owned by <see cref="CompetitionGrain"/>, called on its turn only.
/// </summary>
internal sealed class LeaderboardPublisher(long competitionId, TimeProvider time, ILogger logger)
{
    /// <summary>Changes within this window of the last message reach audiences as one message; a change
    /// after a quiet spell goes out at once (leading edge), so a lone mark pays no coalescing delay.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(40);

    private readonly ObserverManager<ICompetitionObserver> _observers = new(LeaderboardSubscriptions.Lease, logger);
    private CompetitionView _view = null!;
    private CompetitionState _state = null!;
    private long _publishedVersion;
    private LeaderboardSnapshot? _publishedBoard;
    private long _lastPublishedAt;
    private LeaderboardSnapshot? _publicSnapshot;
    private LeaderboardSnapshot? _jurySnapshot;
    private Dictionary<long, ContestantView>? _contestantsById;
    private Dictionary<long, ContestantView>? _blindedById;

    /// <summary>The board as last pushed: the one the next changes follow on from.</summary>
    public LeaderboardSnapshot? PublishedBoard => _publishedBoard;

    /// <summary>A state rebuilt from the database: what is shown is built again from it; what was pushed stays.</summary>
    public void Load(CompetitionView view, CompetitionState state)
    {
        (_view, _state) = (view, state);
        (_contestantsById, _blindedById, _publicSnapshot, _jurySnapshot) = (null, null, null, null);
    }

    public LeaderboardSnapshot JuryBoard() =>
        _jurySnapshot is { } cached && cached.Version == _state.Version
            ? cached
            : _jurySnapshot = StandingsViews.Leaderboard(competitionId, _state, Shown(), jury: true);

    public LeaderboardSnapshot PublicBoard() =>
        _publicSnapshot is { } cached && cached.Version == _state.PublicVersion
            ? cached
            : _publicSnapshot = StandingsViews.Leaderboard(competitionId, _state, Shown(), jury: false);

    /// <summary>The contestants as boards, judges and the public see them; <paramref name="identities"/>:
    /// with their names whatever the blinding (for organizers).</summary>
    public IReadOnlyDictionary<long, ContestantView> Shown(bool identities = false)
    {
        if (identities || !_state.HidingIdentities)
        {
            return _contestantsById ??= _view.Contestants.ToDictionary(c => c.Id);
        }
        return _blindedById ??= _view.Contestants.Select(c => c.Blinded()).ToDictionary(c => c.Id);
    }

    public void Subscribe(ICompetitionObserver observer)
    {
        if (_observers.Count == 0)
        {
            // Nobody holds a pushed board yet: the first viewers start from the current one.
            PublishedIsCurrent();
        }
        _observers.Subscribe(observer, observer);
    }

    public void Unsubscribe(ICompetitionObserver observer) => _observers.Unsubscribe(observer);

    /// <summary>Takes the current standings as pushed: the next changes follow on from them.</summary>
    public void PublishedIsCurrent() => (_publishedVersion, _publishedBoard) = (_state.Version, PublicBoard());

    /// <summary>After a change: pushed at once after a quiet spell, else left to the timer.</summary>
    public Task ChangedAsync() => time.GetElapsedTime(_lastPublishedAt) >= Interval ? PublishAsync() : Task.CompletedTask;

    /// <summary>Pushes what changed since the last push (the timer's tick, coalescing a burst of marks).</summary>
    public Task PublishAsync()
    {
        // With nobody watching nothing is built: the first subscriber starts from the current board (Subscribe).
        if (_state.Version == _publishedVersion || _observers.Count == 0)
        {
            return Task.CompletedTask;
        }
        var jury = JuryBoard() with { PreviousVersion = _publishedVersion };
        LeaderboardChanges? changes = null;
        if (_state.PublicVersion > _publishedBoard!.Version)
        {
            var board = PublicBoard();
            changes = LeaderboardChanges.Between(_publishedBoard, board);
            _publishedBoard = board;
        }
        var update = new LeaderboardUpdate(jury, changes);
        _publishedVersion = _state.Version;
        _lastPublishedAt = time.GetTimestamp();
        return _observers.Notify(observer => observer.OnLeaderboardChangedAsync(update));
    }

    /// <summary>Jury events are rare and wanted at once: they go out as they happen, not coalesced.</summary>
    public Task NotifyJuryAsync(JuryNotice notice) =>
        _observers.Count == 0 ? Task.CompletedTask : _observers.Notify(observer => observer.OnJuryNoticeAsync(notice));
}
