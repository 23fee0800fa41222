using Competition.Grains.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Competition.UnitTests.Grains;

/// <summary>The competition grain as the single writer of its ledger: every acknowledged mark stored
/// once, in one unbroken sequence; a lock admitted only between marks, never past one.</summary>
public sealed class SingleWriterTests : IClassFixture<CompetitionCluster>
{
    private readonly CompetitionCluster _cluster;

    public SingleWriterTests(CompetitionCluster cluster) => _cluster = cluster;

    private async Task<long> LedgerRowsAsync(long competitionId)
    {
        await using var db = _cluster.Contexts.CreateDbContext();
        return await db.LedgerEvents.LongCountAsync(e => e.CompetitionId == competitionId);
    }

    [Fact]
    public async Task Marks_sent_at_once_get_one_unbroken_sequence_and_a_resend_counts_once()
    {
        var competition = await _cluster.StartedCompetitionAsync(contestants: 20);
        var grain = _cluster.Grains.GetGrain<ICompetitionGrain>(competition.Id);
        var aspect = competition.Modules[0].Aspects[0].Id;
        var submissions = competition.Contestants.SelectMany(c => competition.Judges.Select(j =>
            new MarkSubmission(Guid.NewGuid(), j.Id, c.Id, aspect, 7m, null))).ToList();

        // Every mark twice at the same moment, as a tablet resending on a flaky network would.
        var outcomes = await Task.WhenAll(submissions.Concat(submissions).Select(s => grain.SubmitMarkAsync(s)));

        Assert.All(outcomes, o => Assert.Null(o.Error));
        var sequences = outcomes.Take(submissions.Count).Select(o => o.Value).ToList();
        Assert.Equal(sequences, outcomes.Skip(submissions.Count).Select(o => o.Value));
        // The start is event 1; the marks follow without a gap or a repeat.
        Assert.Equal(Enumerable.Range(2, submissions.Count).Select(i => (long)i), sequences.Order());
        Assert.Equal(1 + submissions.Count, await LedgerRowsAsync(competition.Id));
    }

    [Fact]
    public async Task A_lock_sent_among_marks_waits_for_those_in_flight_and_refuses_every_one_after_it()
    {
        var competition = await _cluster.StartedCompetitionAsync(contestants: 30);
        var grain = _cluster.Grains.GetGrain<ICompetitionGrain>(competition.Id);
        var module = competition.Modules[0];
        var submissions = competition.Contestants.SelectMany(c => competition.Judges.Select(j =>
            new MarkSubmission(Guid.NewGuid(), j.Id, c.Id, module.Aspects[0].Id, 6m, null))).ToList();

        var marks = submissions.Select(s => grain.SubmitMarkAsync(s)).ToList();
        var locked = await grain.LockModuleAsync(module.Id, null, "judge:9");
        var outcomes = await Task.WhenAll(marks);

        Assert.True(locked.Succeeded);
        var recorded = outcomes.Where(o => o.Succeeded).ToList();
        Assert.All(recorded, o => Assert.True(o.Value < locked.Value, $"mark {o.Value} counted after the lock {locked.Value}"));
        Assert.All(outcomes.Where(o => !o.Succeeded), o => Assert.Equal("module.locked", o.Error!.Code));
        Assert.Equal(1 + recorded.Count + 1, await LedgerRowsAsync(competition.Id));
    }

    [Fact]
    public async Task A_competition_activated_again_from_its_ledger_shows_the_same_standings()
    {
        var competition = await _cluster.StartedCompetitionAsync(contestants: 5);
        var grain = _cluster.Grains.GetGrain<ICompetitionGrain>(competition.Id);
        var aspect = competition.Modules[0].Aspects[0].Id;
        var value = 3m;
        foreach (var contestant in competition.Contestants)
        {
            foreach (var judge in competition.Judges)
            {
                Assert.Null((await grain.SubmitMarkAsync(new MarkSubmission(Guid.NewGuid(), judge.Id, contestant.Id, aspect, value, null))).Error);
            }
            value += 1m;
        }
        var before = (await grain.GetJuryLeaderboardAsync())!;

        await _cluster.Cluster.DeactivateAsync(grain);
        var after = (await grain.GetJuryLeaderboardAsync())!;

        Assert.Equal(before.Version, after.Version);
        Assert.Equal(before.Rows.Select(r => (r.ContestantId, r.Rank, r.Total)), after.Rows.Select(r => (r.ContestantId, r.Rank, r.Total)));
        Assert.Equal(competition.Contestants[^1].Id, after.Rows[0].ContestantId);
    }
}
