using Competition.Domain.Marking;
using Competition.Domain.Standings;

namespace Competition.Domain.Judging;

/// <summary>
/// Each judge against panel consensus, in the spirit of FIG and ISU judge reviews, while marking is
/// still open. Consensus is the panel's median for the contestant and aspect: one wayward judge does
/// not drag it, so the judges who agree are not flagged along with the one who does not.
/// </summary>
public static class DriftAnalysis
{
    public static IReadOnlyList<JudgeDrift> Analyse(
        MarkingScheme scheme, Scoreboard board, IEnumerable<long> contestantIds, decimal tolerance)
    {
        var sums = new Dictionary<(long Judge, long Aspect), (int Count, decimal Sum, decimal AbsSum)>();
        var contestants = contestantIds.ToArray();
        foreach (var aspect in scheme.Aspects)
        {
            var scale = AspectRules.Scale(aspect);
            foreach (var contestantId in contestants)
            {
                var entries = board.EntriesOf(contestantId, aspect.Id);
                if (entries.Count < 2)
                {
                    continue;
                }
                var consensus = Aggregations.Median(entries.Values.ToArray());
                foreach (var (judge, value) in entries)
                {
                    var deviation = (value - consensus) / scale;
                    var sum = sums.GetValueOrDefault((judge, aspect.Id));
                    sums[(judge, aspect.Id)] = (sum.Count + 1, sum.Sum + deviation, sum.AbsSum + Math.Abs(deviation));
                }
            }
        }
        return sums
            .Select(kv =>
            {
                var mad = decimal.Round(kv.Value.AbsSum / kv.Value.Count, 4);
                return new JudgeDrift(kv.Key.Judge, kv.Key.Aspect, kv.Value.Count,
                    decimal.Round(kv.Value.Sum / kv.Value.Count, 4), mad, mad > tolerance);
            })
            .OrderBy(d => d.JudgeId).ThenBy(d => d.AspectId)
            .ToList();
    }
}
