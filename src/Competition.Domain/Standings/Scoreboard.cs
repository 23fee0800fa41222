using Competition.Domain.Marking;

namespace Competition.Domain.Standings;

/// <summary>
/// Running totals of one competition, updated mark by mark. Applying a mark touches only the marked
/// contestant's aspect (O(judges on that aspect)); nothing is recomputed for the whole field.
/// </summary>
public sealed class Scoreboard
{
    private readonly MarkingScheme _scheme;
    private readonly Dictionary<long, ContestantScore> _scores;
    private readonly Func<long, string> _tieOrderKey;

    /// <param name="scheme">The marking scheme.</param>
    /// <param name="contestantIds">Every contestant, marked or not.</param>
    /// <param name="tieOrderKey">Orders contestants who share a rank (e.g. by bib); display only.</param>
    public Scoreboard(MarkingScheme scheme, IEnumerable<long> contestantIds, Func<long, string> tieOrderKey)
    {
        _scheme = scheme;
        _tieOrderKey = tieOrderKey;
        _scores = contestantIds.ToDictionary(id => id, _ => new ContestantScore(scheme.Modules.Count));
    }

    /// <summary>Applies a recorded mark. Returns false when it changes nothing (an older or repeated entry).</summary>
    public bool Apply(JudgeMark mark)
    {
        if (!_scores.TryGetValue(mark.ContestantId, out var score)
            || !_scheme.TryFindAspect(mark.AspectId, out var moduleIndex, out var aspect))
        {
            throw new ArgumentException($"Mark {mark.Sequence} names a contestant or aspect outside this scheme.", nameof(mark));
        }
        if (!score.Aspects.TryGetValue(mark.AspectId, out var aspectScore))
        {
            aspectScore = new AspectScore();
            score.Aspects.Add(mark.AspectId, aspectScore);
        }
        if (aspectScore.ByJudge.TryGetValue(mark.JudgeId, out var previous))
        {
            if (previous.Sequence >= mark.Sequence)
            {
                return false;
            }
        }
        else
        {
            score.MarkCount++;
        }
        aspectScore.ByJudge[mark.JudgeId] = (mark.Value, mark.Sequence);

        var newMark = AspectRules.Aggregate(aspect, aspectScore.ByJudge.Values.Select(v => v.Value).ToArray());
        var delta = newMark - aspectScore.Mark;
        aspectScore.Mark = newMark;
        score.ModuleTotals[moduleIndex] += delta;
        score.Total += delta * _scheme.Modules[moduleIndex].Weight;
        return true;
    }

    /// <summary>The standings, best first, with shared ranks for equal totals.</summary>
    public IReadOnlyList<Standing> Rank()
    {
        var ordered = _scores
            .Select(kv => (Id: kv.Key, Score: kv.Value, Total: decimal.Round(kv.Value.Total, 2)))
            .OrderByDescending(x => x.Total)
            .ThenBy(x => _tieOrderKey(x.Id), StringComparer.Ordinal)
            .ToList();
        var ranks = Ranking.Standard(ordered, (a, b) => a.Total == b.Total);
        return ordered
            .Select((x, i) => new Standing(ranks[i], x.Id, x.Total,
                x.Score.ModuleTotals.Select(t => decimal.Round(t, 2)).ToArray(), x.Score.MarkCount))
            .ToList();
    }

    /// <summary>The aspect marks of one contestant (aspect id → aggregated mark).</summary>
    public IReadOnlyDictionary<long, decimal> AspectMarksOf(long contestantId) =>
        _scores.TryGetValue(contestantId, out var score)
            ? score.Aspects.ToDictionary(kv => kv.Key, kv => kv.Value.Mark)
            : new Dictionary<long, decimal>();

    private sealed class ContestantScore(int moduleCount)
    {
        public decimal Total;
        public int MarkCount;
        public readonly decimal[] ModuleTotals = new decimal[moduleCount];
        public readonly Dictionary<long, AspectScore> Aspects = [];
    }

    private sealed class AspectScore
    {
        public decimal Mark;
        public readonly Dictionary<long, (decimal Value, long Sequence)> ByJudge = [];
    }
}
