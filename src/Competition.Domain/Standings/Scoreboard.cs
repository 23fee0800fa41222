using Competition.Domain.Marking;
using Competition.Domain.Moderation;
using Competition.Domain.Panels;
using Competition.Domain.Rules;

namespace Competition.Domain.Standings;

/// <summary>
/// Running standings of one competition. A change touches only the contestant concerned: their aspect
/// is re-aggregated (O(judges on it)), their totals adjusted by the difference, and their place in a
/// sorted set moved (O(log n)). Nothing is recomputed for the whole field per mark; a full ranking is
/// read out only when a snapshot is taken.
/// </summary>
public sealed class Scoreboard
{
    private readonly MarkingScheme _scheme;
    private readonly CompetitionRules _rules;
    private readonly Dictionary<long, ContestantScore> _scores;
    private readonly StandingOrder _comparer;
    private readonly SortedSet<ContestantScore> _order;

    public Scoreboard(MarkingScheme scheme, CompetitionRules rules, IEnumerable<ContestantInfo> contestants)
    {
        _scheme = scheme;
        _rules = rules;
        _scores = contestants.ToDictionary(c => c.Id, c => new ContestantScore(c, scheme.Modules.Count));
        _comparer = new StandingOrder(scheme, rules);
        _order = new SortedSet<ContestantScore>(_scores.Values, _comparer);
    }

    public bool Contains(long contestantId) => _scores.ContainsKey(contestantId);

    /// <summary>Applies a judge's entry. Returns false when it changes nothing (an older or repeated entry).</summary>
    public bool Apply(JudgeMark mark)
    {
        var (score, aspect, cell) = Locate(mark.ContestantId, mark.AspectId);
        var isNew = !cell.Entries.TryGetValue(mark.JudgeId, out var previous);
        if (!isNew && previous.Sequence >= mark.Sequence)
        {
            return false;
        }
        Update(score, () =>
        {
            if (isNew)
            {
                score.MarkCount++;
            }
            cell.Entries[mark.JudgeId] = (mark.Value, mark.Sequence);
            Evaluate(score, aspect, cell);
        });
        return true;
    }

    /// <summary>The chief judge asks the panel to score a disputed aspect again.</summary>
    public void RequestRescore(long contestantId, long aspectId, long sequence)
    {
        var (score, aspect, cell) = Locate(contestantId, aspectId);
        Update(score, () =>
        {
            cell.RescoreRequestedAt = sequence;
            cell.RescoreJudges = cell.Entries.Keys.ToArray();
            cell.State = ModerationState.Rescoring;
            Evaluate(score, aspect, cell);
        });
    }

    /// <summary>The chief judge resolves a disputed aspect: with an agreed score, or accepting the panel's mean.</summary>
    public void Resolve(long contestantId, long aspectId, decimal? agreedScore, long sequence)
    {
        var (score, aspect, cell) = Locate(contestantId, aspectId);
        Update(score, () =>
        {
            cell.State = ModerationState.Resolved;
            cell.ResolvedAt = sequence;
            cell.AgreedScore = agreedScore;
            Evaluate(score, aspect, cell);
        });
    }

    public void SetTheory(long contestantId, decimal theoryScore)
    {
        var score = _scores[contestantId];
        Update(score, () =>
        {
            score.Theory = theoryScore;
            score.TheoryContribution = (_rules.Theory?.Weight ?? 0m) * theoryScore;
        });
    }

    public void SetCompletionTime(long contestantId, decimal minutes)
    {
        var score = _scores[contestantId];
        Update(score, () => score.CompletionMinutes = minutes);
    }

    /// <summary>The standings, best first: ranks shared by ties, out-of-ranking contestants unranked.</summary>
    public IReadOnlyList<Standing> Rank()
    {
        var standings = new List<Standing>(_order.Count);
        ContestantScore? previous = null;
        int position = 0, previousRank = 0;
        foreach (var score in _order)
        {
            int? rank = null;
            if (!score.Info.OutOfRanking)
            {
                position++;
                previousRank = previous is not null && _comparer.Tied(previous, score) ? previousRank : position;
                rank = previousRank;
                previous = score;
            }
            standings.Add(ToStanding(score, rank));
        }
        return standings;
    }

    /// <summary>One contestant's standing without ranking the field (rank left empty).</summary>
    public Standing StandingOf(long contestantId) => ToStanding(_scores[contestantId], null);

    /// <summary>What each aspect of a contestant currently counts (only aspects with entries).</summary>
    public IReadOnlyDictionary<long, decimal> AspectMarksOf(long contestantId) =>
        _scores[contestantId].Cells.ToDictionary(kv => kv.Key, kv => kv.Value.Mark);

    /// <summary>Each judge's latest entry for a contestant's aspect.</summary>
    public IReadOnlyDictionary<long, decimal> EntriesOf(long contestantId, long aspectId) =>
        _scores.TryGetValue(contestantId, out var score) && score.Cells.TryGetValue(aspectId, out var cell)
            ? cell.Entries.ToDictionary(kv => kv.Key, kv => kv.Value.Value)
            : new Dictionary<long, decimal>();

    /// <summary>Every contestant aspect the judge has an entry on: their latest entry and where the aspect
    /// stands in moderation (the tablet's marks and the judge's record read it).</summary>
    public IEnumerable<JudgedAspect> JudgedBy(long judgeId) =>
        _scores.Values.SelectMany(s => s.Cells
            .Where(c => c.Value.Entries.ContainsKey(judgeId))
            .Select(c =>
            {
                var (value, sequence) = c.Value.Entries[judgeId];
                return new JudgedAspect(new JudgeMark(judgeId, s.Info.Id, c.Key, value, sequence), c.Value.State,
                    c.Value.State == ModerationState.Resolved ? c.Value.AgreedScore : null,
                    c.Value.State == ModerationState.Rescoring && c.Value.AwaitingRescore().Contains(judgeId));
            }));

    public ModerationState StateOf(long contestantId, long aspectId) =>
        _scores.TryGetValue(contestantId, out var score) && score.Cells.TryGetValue(aspectId, out var cell)
            ? cell.State
            : ModerationState.None;

    /// <summary>The aspects waiting for the chief judge: disputed, or being re-scored.</summary>
    public IReadOnlyList<ModerationItem> ModerationQueue() =>
        _scores.Values
            .SelectMany(s => s.Cells
                .Where(c => c.Value.State is ModerationState.Disputed or ModerationState.Rescoring)
                .Select(c => new ModerationItem(s.Info.Id, c.Key, c.Value.State,
                    c.Value.Entries.ToDictionary(e => e.Key, e => e.Value.Value), c.Value.Spread,
                    c.Value.State == ModerationState.Rescoring ? c.Value.AwaitingRescore() : [])))
            .OrderBy(i => i.ContestantId).ThenBy(i => i.AspectId)
            .ToList();

    private (ContestantScore Score, SchemeAspect Aspect, AspectCell Cell) Locate(long contestantId, long aspectId)
    {
        if (!_scores.TryGetValue(contestantId, out var score) || !_scheme.TryFindAspect(aspectId, out _, out var aspect))
        {
            throw new ArgumentException($"Contestant {contestantId} or aspect {aspectId} is outside this competition.");
        }
        if (!score.Cells.TryGetValue(aspectId, out var cell))
        {
            score.Cells.Add(aspectId, cell = new AspectCell());
        }
        return (score, aspect, cell);
    }

    /// <summary>Takes the contestant out of the order while their figures change, then puts them back.</summary>
    private void Update(ContestantScore score, Action change)
    {
        _order.Remove(score);
        change();
        _order.Add(score);
    }

    /// <summary>Recomputes what an aspect counts and moves the difference into the contestant's totals.</summary>
    private void Evaluate(ContestantScore score, SchemeAspect aspect, AspectCell cell)
    {
        var newMark = aspect.Kind == AspectKind.Judgement ? ModerateJudgement(aspect, cell) : Aggregate(aspect, cell);
        var delta = newMark - cell.Mark;
        if (delta == 0)
        {
            return;
        }
        cell.Mark = newMark;
        _scheme.TryFindAspect(aspect.Id, out var moduleIndex, out _);
        var weighted = delta * _scheme.Modules[moduleIndex].Weight;
        score.ModuleTotals[moduleIndex] += delta;
        score.KindTotals[(int)aspect.Kind] += weighted;
        score.Practical += weighted;
    }

    /// <summary>Judgement scores further apart than the threshold do not count until moderated.</summary>
    private decimal ModerateJudgement(SchemeAspect aspect, AspectCell cell)
    {
        switch (cell.State)
        {
            case ModerationState.Rescoring when cell.AwaitingRescore().Count > 0:
                return 0m;
            case ModerationState.Resolved when cell.Entries.Values.All(e => e.Sequence < cell.ResolvedAt):
                return cell.AgreedScore is { } agreed
                    ? decimal.Round(agreed / AspectRules.JudgementLevels * aspect.MaxMark, 4)
                    : Aggregate(aspect, cell);
        }
        // A finished re-score, a resolution overtaken by new scores, or fresh scores: judge the spread anew.
        cell.State = cell.Spread > _rules.DisagreementThreshold ? ModerationState.Disputed : ModerationState.None;
        cell.AgreedScore = null;
        return cell.State == ModerationState.Disputed ? 0m : Aggregate(aspect, cell);
    }

    private decimal Aggregate(SchemeAspect aspect, AspectCell cell) =>
        AspectRules.Aggregate(aspect, cell.Entries.Values.Select(e => e.Value).ToArray(), _rules);

    private static Standing ToStanding(ContestantScore score, int? rank) => new(
        rank,
        score.Info.Id,
        score.RoundedTotal,
        score.ModuleTotals.Select(t => decimal.Round(t, 2)).ToArray(),
        score.MarkCount,
        score.Info.OutOfRanking,
        score.Theory,
        score.CompletionMinutes);
}
