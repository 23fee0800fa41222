using Competition.Domain.Ledger;
using Competition.Grains.Competitions;
using Competition.Grains.Contracts;
using Competition.Testing;
using Microsoft.EntityFrameworkCore;

namespace Competition.IntegrationTests;

/// <summary>What a crash or a lost host must leave behind, read straight from the database.</summary>
internal static class LedgerProof
{
    /// <summary>
    /// Every acknowledged mark is in the ledger exactly once, at the sequence it was acknowledged with, and
    /// nothing that no tablet sent; the sequences run without a gap on an unbroken hash chain; and
    /// <paramref name="server"/> serves the board the ledger gives. Answers that board.
    /// </summary>
    public static Task<LeaderboardSnapshot> AssertExactlyOnceAsync(
        TestDatabase database, Uri server, long competitionId, IReadOnlyCollection<(Guid SubmissionId, long Sequence)> acknowledged) =>
        AssertHoldsAsync(database, server, competitionId, acknowledged, acknowledged);

    /// <summary>
    /// As <see cref="AssertExactlyOnceAsync"/>, for a ledger that must hold <paramref name="mustHold"/> and may hold
    /// more of <paramref name="mayHold"/> (a backup holds what was acknowledged before it began, and perhaps
    /// some marks acknowledged while it was taken), each at its acknowledged sequence, once.
    /// </summary>
    public static async Task<LeaderboardSnapshot> AssertHoldsAsync(TestDatabase database, Uri server, long competitionId,
        IReadOnlyCollection<(Guid SubmissionId, long Sequence)> mustHold, IReadOnlyCollection<(Guid SubmissionId, long Sequence)> mayHold)
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var db = database.Contexts().CreateDbContext();
        var ledger = (await db.LedgerEvents.AsNoTracking().Where(e => e.CompetitionId == competitionId)
            .OrderBy(e => e.Sequence).ToListAsync(cancellation)).Select(e => e.ToDomain()).ToList();

        var stored = ledger.Where(e => e.SubmissionId is not null).GroupBy(e => e.SubmissionId!.Value).ToDictionary(g => g.Key, g => g.ToList());
        Assert.All(stored, s => Assert.Single(s.Value));
        Assert.All(mustHold, a => Assert.Equal(a.Sequence, stored[a.SubmissionId].Single().Sequence));
        var acknowledged = mayHold.ToDictionary(a => a.SubmissionId, a => a.Sequence);
        Assert.All(stored, s => Assert.Equal(acknowledged[s.Key], s.Value.Single().Sequence));
        Assert.Equal(Enumerable.Range(1, ledger.Count).Select(i => (long)i), ledger.Select(e => e.Sequence));
        Assert.Null(LedgerChain.Verify(competitionId, ledger));

        var (_, state) = (await CompetitionDefinitions.LoadAsync(db, competitionId, cancellation))!.Value;
        foreach (var e in ledger)
        {
            state.Apply(e);
        }
        using var http = new HttpClient { BaseAddress = server };
        var served = await new PlatformClient(http).LeaderboardAsync(competitionId);
        Assert.Equal(ledger.Count, served.Version);
        Assert.Equal(state.Scoreboard.Rank().Select(s => (s.Rank, s.ContestantId, s.Total)),
            served.Rows.Select(r => (r.Rank, r.ContestantId, r.Total)));
        return served;
    }
}
