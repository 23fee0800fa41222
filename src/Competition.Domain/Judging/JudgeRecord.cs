using Competition.Domain.Competitions;
using Competition.Domain.Marking;
using Competition.Domain.Moderation;
using Competition.Domain.Panels;
using Competition.Domain.Standings;

namespace Competition.Domain.Judging;

/// <summary>
/// What one judge has done in one competition, as the chief judge reviews them: how much of their
/// assignment is marked, how far they sit from their panels, and how moderation treated their marks.
/// </summary>
/// <param name="Assigned">Contestant aspects the judge's panels give them (conflicts of interest excluded).</param>
/// <param name="Marked">Of those, the ones they have marked.</param>
/// <param name="Entries">Every contestant aspect they hold an entry on (a replaced judge's entries still count).</param>
/// <param name="Disputed">Aspects they marked that wait for the chief judge because the panel disagrees.</param>
/// <param name="RescoresOwed">Re-scores asked of them and not yet given.</param>
/// <param name="Overruled">Aspects they marked that the chief judge resolved with a score other than theirs.</param>
/// <param name="ResolvedAsMarked">Aspects they marked that the chief judge resolved on the panel's marks or on their score.</param>
/// <param name="CorrectionsPending">Corrections of their entries proposed after a lock and not yet approved.</param>
public sealed record JudgeRecord(
    long JudgeId,
    int Assigned,
    int Marked,
    int Entries,
    IReadOnlyList<JudgeDrift> Drift,
    int Disputed,
    int RescoresOwed,
    int Overruled,
    int ResolvedAsMarked,
    int CorrectionsPending)
{
    public static JudgeRecord Of(
        long judgeId, MarkingScheme scheme, PanelPlan panels, Scoreboard board, IReadOnlyCollection<ContestantInfo> contestants,
        IEnumerable<CorrectionProposal> pendingCorrections, decimal driftTolerance)
    {
        var judged = board.JudgedBy(judgeId).ToList();
        var resolved = judged.Where(a => a.State == ModerationState.Resolved).ToList();
        var overruled = resolved.Count(a => a.AgreedScore is { } agreed && agreed != a.Entry.Value);
        var entries = judged.Select(a => (a.Entry.ContestantId, a.Entry.AspectId)).ToHashSet();
        var assigned = contestants
            .SelectMany(c => scheme.Aspects.Select(a => (ContestantId: c.Id, AspectId: a.Id)))
            .Where(x => panels.EffectivePanel(x.ContestantId, x.AspectId).Contains(judgeId))
            .ToList();
        return new JudgeRecord(
            judgeId,
            assigned.Count,
            assigned.Count(entries.Contains),
            judged.Count,
            DriftAnalysis.Analyse(scheme, board, contestants.Select(c => c.Id), driftTolerance).Where(d => d.JudgeId == judgeId).ToList(),
            judged.Count(a => a.State == ModerationState.Disputed),
            judged.Count(a => a.RescoreOwed),
            overruled,
            resolved.Count - overruled,
            pendingCorrections.Count(c => c.JudgeId == judgeId));
    }
}
