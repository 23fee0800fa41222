namespace Competition.Domain.Panels;

/// <summary>
/// Who marks what without the people: for each aspect with a panel of its own (by its module's and its
/// own position in the scheme), the positions of its judges in the competition's list of judges. A clone
/// carries its source's shape; the draft's judges, once registered in the same order, take it.
/// </summary>
public sealed record PanelShape(IReadOnlyList<PanelShape.AspectPanel> Aspects)
{
    /// <summary>One aspect's panel: module and aspect positions, judge positions (0 = the first judge registered).</summary>
    public sealed record AspectPanel(int Module, int Aspect, IReadOnlyList<int> Judges);

    /// <summary>How many judges a draft needs before the shape can be applied.</summary>
    public int JudgesNeeded => Aspects.SelectMany(a => a.Judges).DefaultIfEmpty(-1).Max() + 1;

    /// <summary>The shape of the panels given, over judges listed in this order.</summary>
    public static PanelShape Of(IReadOnlyList<IReadOnlyList<long>> aspectIdsByModule, IReadOnlyDictionary<long, IReadOnlyList<long>> panels, IReadOnlyList<long> judgeIds) =>
        new(aspectIdsByModule.SelectMany((aspects, m) => aspects.Select((aspectId, a) => (m, a, aspectId)))
            .Where(x => panels.ContainsKey(x.aspectId))
            .Select(x => new AspectPanel(x.m, x.a, panels[x.aspectId].Select(j => judgeIds.ToList().IndexOf(j)).Where(p => p >= 0).Order().ToList()))
            .Where(p => p.Judges.Count > 0)
            .ToList());

    /// <summary>The panels this shape gives a scheme and judges (null while there are too few judges).</summary>
    public IReadOnlyDictionary<long, IReadOnlyList<long>>? Apply(IReadOnlyList<IReadOnlyList<long>> aspectIdsByModule, IReadOnlyList<long> judgeIds) =>
        judgeIds.Count < JudgesNeeded
            ? null
            : Aspects.Where(p => p.Module < aspectIdsByModule.Count && p.Aspect < aspectIdsByModule[p.Module].Count)
                .ToDictionary(p => aspectIdsByModule[p.Module][p.Aspect], p => (IReadOnlyList<long>)p.Judges.Select(j => judgeIds[j]).ToList());
}
