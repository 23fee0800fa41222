using Competition.Domain.Competitions;
using Competition.Domain.Results;
using Competition.Domain.Rules;
using Competition.Domain.Standings;
using Competition.Grains.Contracts;

namespace Competition.Grains.Competitions;

/// <summary>Turns a competition's standings into what audiences, results and scorecards show.</summary>
internal static class StandingsViews
{
    /// <summary>The jury's live standings, or the public board (frozen, or revealed from the bottom with
    /// the places above it hidden).</summary>
    public static LeaderboardSnapshot Leaderboard(long competitionId, CompetitionState state, IReadOnlyDictionary<long, ContestantView> contestants, bool jury)
    {
        var board = jury ? new PublicBoard(BoardPhase.Live, state.Scoreboard.Rank(), 0) : state.PublicBoard();
        var standardised = Standardised(state, board.Standings);
        var rows = board.Standings.Select((s, position) =>
        {
            if (position < board.Hidden)
            {
                return new LeaderboardRow(s.Rank, 0, "", "", "", 0m, [], 0, Hidden: true);
            }
            var contestant = contestants[s.ContestantId];
            return new LeaderboardRow(s.Rank, s.ContestantId, contestant.Bib, contestant.Name, contestant.Employer, s.Total,
                ModuleTotals(state, s), s.MarkCount, s.OutOfRanking, Scaled(standardised, s.ContestantId));
        }).ToList();
        return new LeaderboardSnapshot(competitionId, jury ? state.Version : state.PublicVersion, rows, board.Phase);
    }

    /// <summary>What a judge marks: every contestant and aspect whose panel they sit on, with their entry
    /// so far and whether the chief asked them to mark it again.</summary>
    public static IReadOnlyList<Assignment> Assignments(CompetitionState state, CompetitionView view, long judgeId)
    {
        var queue = state.Scoreboard.ModerationQueue()
            .Where(i => i.AwaitingJudges.Contains(judgeId))
            .Select(i => (i.ContestantId, i.AspectId))
            .ToHashSet();
        var assignments = new List<Assignment>();
        foreach (var contestant in view.Contestants)
        {
            foreach (var aspect in state.Scheme.Aspects.Where(a => state.Panels.EffectivePanel(contestant.Id, a.Id).Contains(judgeId)))
            {
                var entry = state.Scoreboard.EntriesOf(contestant.Id, aspect.Id).TryGetValue(judgeId, out var value) ? value : (decimal?)null;
                assignments.Add(new Assignment(contestant.Id, aspect.Id, entry, queue.Contains((contestant.Id, aspect.Id))));
            }
        }
        return assignments;
    }

    public static ResultsView Results(long competitionId, CompetitionState state, IReadOnlyDictionary<long, ContestantView> contestants)
    {
        var standings = state.Scoreboard.Rank();
        var standardised = Standardised(state, standings);
        var honours = Honours(state, standings);
        var rows = standings.Select(s =>
        {
            var contestant = contestants[s.ContestantId];
            var (award, title) = honours(s.ContestantId);
            return new ResultRow(s.Rank, s.ContestantId, contestant.Bib, contestant.Name, contestant.Employer, s.OutOfRanking,
                s.Total, s.Theory, s.CompletionMinutes, Scaled(standardised, s.ContestantId), award, title, ModuleTotals(state, s));
        }).ToList();
        return new ResultsView(competitionId, state.ResultsLocked, state.Version, rows);
    }

    /// <summary>Every contestant's rank, award and title as the results give them: what is stored for statistics.</summary>
    public static IReadOnlyList<FinalResult> FinalResults(CompetitionState state)
    {
        var standings = state.Scoreboard.Rank();
        var honours = Honours(state, standings);
        return standings.Select(s =>
        {
            var (award, title) = honours(s.ContestantId);
            return new FinalResult(s.ContestantId, s.Rank, award, title);
        }).ToList();
    }

    /// <summary>The award of a contestant under the competition's rules, and the honorary title it carries.</summary>
    private static Func<long, (Award? Award, string? Title)> Honours(CompetitionState state, IReadOnlyList<Standing> standings)
    {
        var awards = AwardAssignment.Assign(standings, state.Rules.Awards);
        return contestantId => awards.TryGetValue(contestantId, out var award)
            ? (award, state.Rules.Awards.Titles.TryGetValue(award, out var title) ? title : null)
            : (null, null);
    }

    public static Scorecard Scorecard(long competitionId, CompetitionState state, MarkingSchemeView scheme, ContestantView contestant)
    {
        var standing = state.Scoreboard.StandingOf(contestant.Id);
        var aspectMarks = state.Scoreboard.AspectMarksOf(contestant.Id);
        var modules = scheme.Modules.Select((module, i) => new ScorecardModule(
            module.Id,
            module.Name,
            standing.ModuleTotals[i],
            module.Aspects.Select(a => new ScorecardAspect(a.Id, a.Name, a.MaxMark,
                aspectMarks.TryGetValue(a.Id, out var mark) ? decimal.Round(mark, 2) : null)).ToList())).ToList();
        return new Scorecard(competitionId, contestant, standing.Total, modules);
    }

    private static List<ModuleTotal> ModuleTotals(CompetitionState state, Standing standing) =>
        standing.ModuleTotals.Select((total, i) => new ModuleTotal(state.Scheme.Modules[i].Id, total)).ToList();

    private static int? Scaled(IReadOnlyDictionary<long, int>? standardised, long contestantId) =>
        standardised is not null && standardised.TryGetValue(contestantId, out var score) ? score : null;

    /// <summary>The standardised score over the ranked field, when the rules ask for it.</summary>
    private static IReadOnlyDictionary<long, int>? Standardised(CompetitionState state, IReadOnlyList<Standing> standings) =>
        state.Rules.StandardisedScale
            ? StandardisedScale.Compute(standings.Where(s => s.Rank is not null).Select(s => (s.ContestantId, s.Total)).ToList())
            : null;
}
