using Competition.Domain.Marking;
using Competition.Domain.Panels;
using Competition.Domain.Standings;

namespace Competition.Domain.Judging;

/// <summary>Which marks are still missing: every judge of a judgement or graded panel marks; one judge
/// of the panel is enough for a measurement.</summary>
public static class Completeness
{
    public static IReadOnlyList<MissingMark> Missing(
        MarkingScheme scheme, PanelPlan panels, Scoreboard board, IEnumerable<ContestantInfo> contestants)
    {
        var missing = new List<MissingMark>();
        foreach (var contestant in contestants)
        {
            foreach (var aspect in scheme.Aspects)
            {
                var panel = panels.EffectivePanel(contestant.Id, aspect.Id);
                var marked = board.EntriesOf(contestant.Id, aspect.Id);
                var owing = aspect.Kind == AspectKind.Measurement
                    ? marked.Count > 0 ? [] : panel
                    : panel.Where(j => !marked.ContainsKey(j)).ToArray();
                if (owing.Count > 0 || panel.Count == 0 && marked.Count == 0)
                {
                    missing.Add(new MissingMark(contestant.Id, aspect.Id, owing));
                }
            }
        }
        return missing;
    }
}
