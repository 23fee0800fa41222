using Competition.Domain.Marking;

namespace Competition.Domain.Panels;

/// <summary>
/// Who marks what. An aspect's panel is the judges named for it (all judges but the chief judges when
/// none are named); a judge may be limited to some contestants; and a judge never marks a contestant
/// from their own employer, so panels are formed without them.
/// </summary>
public sealed class PanelPlan
{
    /// <summary>The refusal of a contestant outside the judge's assignments.</summary>
    public static readonly DomainError NotAssigned = new(ErrorKind.Forbidden, "judge.not-assigned", "This contestant is not assigned to this judge.");

    /// <summary>The refusal of a judge marking a contestant from their own employer.</summary>
    public static readonly DomainError ConflictOfInterest = new(ErrorKind.Forbidden, "judge.conflict-of-interest",
        "A judge never marks a contestant from their own employer.");

    private readonly IReadOnlyDictionary<long, JudgeInfo> _judges;
    private readonly IReadOnlyDictionary<long, ContestantInfo> _contestants;
    private readonly IReadOnlyDictionary<long, IReadOnlyList<long>> _aspectPanels;
    private readonly IReadOnlyDictionary<long, IReadOnlySet<long>> _judgeContestants;
    private readonly IReadOnlyList<long> _defaultPanel;

    /// <param name="aspectPanels">Aspect id → the judges on its panel; aspects not named use the default panel.</param>
    /// <param name="judgeContestants">Judge id → the only contestants they mark; judges not named mark all.</param>
    public PanelPlan(
        IEnumerable<JudgeInfo> judges,
        IEnumerable<ContestantInfo> contestants,
        IReadOnlyDictionary<long, IReadOnlyList<long>>? aspectPanels = null,
        IReadOnlyDictionary<long, IReadOnlySet<long>>? judgeContestants = null)
    {
        _judges = judges.ToDictionary(j => j.Id);
        _contestants = contestants.ToDictionary(c => c.Id);
        _aspectPanels = aspectPanels ?? new Dictionary<long, IReadOnlyList<long>>();
        _judgeContestants = judgeContestants ?? new Dictionary<long, IReadOnlySet<long>>();
        _defaultPanel = _judges.Values.Where(j => !j.IsChief && !j.Replaced).Select(j => j.Id).Order().ToArray();
    }

    /// <summary>Every judge, replaced ones included (their marks still count).</summary>
    public IReadOnlyCollection<JudgeInfo> Judges => (IReadOnlyCollection<JudgeInfo>)_judges.Values;

    /// <summary>Whether the judge is on this competition and not replaced.</summary>
    public bool IsActive(long judgeId) => _judges.TryGetValue(judgeId, out var judge) && !judge.Replaced;

    /// <summary>A judge's employer, or null for a judge not (or no longer) on this competition.</summary>
    public string? Employer(long judgeId) => _judges.TryGetValue(judgeId, out var judge) ? judge.Employer : null;

    public bool IsChief(long judgeId) => _judges.TryGetValue(judgeId, out var judge) && judge.IsChief;

    /// <summary>Whether two employers are the same organisation, as people type them.</summary>
    public static bool SameEmployer(string a, string b) =>
        string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    public bool HasConflict(long judgeId, long contestantId) =>
        _judges.TryGetValue(judgeId, out var judge) && _contestants.TryGetValue(contestantId, out var contestant)
        && SameEmployer(judge.Employer, contestant.Employer);

    /// <summary>Why this judge may not mark this contestant's aspect, or null when they may.</summary>
    public DomainError? CheckJudge(long judgeId, long contestantId, SchemeAspect aspect)
    {
        if (!IsActive(judgeId))
        {
            return new DomainError(ErrorKind.Forbidden, "judge.replaced", "This judge has been replaced and marks no more.");
        }
        if (HasConflict(judgeId, contestantId))
        {
            return ConflictOfInterest;
        }
        if (!PanelOf(aspect.Id).Contains(judgeId))
        {
            return new DomainError(ErrorKind.Forbidden, "judge.not-on-panel",
                $"This judge is not on the panel of aspect '{aspect.Name}'.");
        }
        return _judgeContestants.TryGetValue(judgeId, out var assigned) && !assigned.Contains(contestantId)
            ? NotAssigned
            : null;
    }

    /// <summary>Why a definition of panels names an aspect, judge or contestant outside this competition, or null.</summary>
    public DomainError? CheckNames(IReadOnlySet<long> schemeAspects, IEnumerable<long> aspects, IEnumerable<long> judges, IEnumerable<long> contestants)
    {
        if (aspects.Where(a => !schemeAspects.Contains(a)).Select(a => (long?)a).FirstOrDefault() is { } aspect)
        {
            return new DomainError(ErrorKind.Invalid, "panels.invalid", $"Aspect {aspect} is not in this competition.");
        }
        if (judges.Where(j => !_judges.ContainsKey(j)).Select(j => (long?)j).FirstOrDefault() is { } judge)
        {
            return new DomainError(ErrorKind.Invalid, "panels.invalid", $"Judge {judge} does not judge this competition.");
        }
        return contestants.Where(c => !_contestants.ContainsKey(c)).Select(c => (long?)c).FirstOrDefault() is { } contestant
            ? new DomainError(ErrorKind.Invalid, "panels.invalid", $"Contestant {contestant} is not in this competition.")
            : null;
    }

    /// <summary>The judges who should mark this contestant on this aspect.</summary>
    public IReadOnlyList<long> EffectivePanel(long contestantId, long aspectId) =>
        PanelOf(aspectId)
            .Where(j => !HasConflict(j, contestantId))
            .Where(j => !_judgeContestants.TryGetValue(j, out var assigned) || assigned.Contains(contestantId))
            .ToArray();

    private IReadOnlyList<long> PanelOf(long aspectId) =>
        _aspectPanels.TryGetValue(aspectId, out var panel) ? panel : _defaultPanel;
}
