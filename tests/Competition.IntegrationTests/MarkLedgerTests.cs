using Competition.Data;
using Competition.Data.Entities;
using Competition.Data.Ledger;
using Competition.Domain.Ledger;
using Competition.Domain.Marking;
using Competition.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Competition.IntegrationTests;

/// <summary>The group-commit ledger on a real database (SQLite, or PostgreSQL in the run on it): what is acknowledged is stored, once, and the
/// database itself keeps the hash chain one straight line.</summary>
public sealed class MarkLedgerTests : IAsyncLifetime
{
    private readonly TestDatabase _database = TestDatabase.New();
    private CompetitionDbContextFactory _contexts = null!;
    private CompetitionEntity _competition = null!;

    public async ValueTask InitializeAsync()
    {
        _contexts = _database.Contexts();
        await _contexts.MigrateAsync(TestContext.Current.CancellationToken);
        _competition = new CompetitionEntity
        {
            Name = "账本测试",
            Occupation = "6-18-02-04 焊工",
            Modules = [new ModuleEntity { Name = "实操", Weight = 1m, Aspects = [new AspectEntity { Name = "现场整理", Kind = AspectKind.Graded, MaxMark = 10m }] }],
            Contestants = [new ContestantEntity { Bib = "001", Name = "张伟", Employer = "齐星车身" }],
            Judges = [new JudgeEntity { Name = "陈静", Employer = "随州职业技术学院", PinHash = "-" }],
        };
        await using var db = _contexts.CreateDbContext();
        db.Competitions.Add(_competition);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Events_queued_together_commit_together_and_a_bad_one_fails_alone()
    {
        await using var ledger = new CompetitionLedger(_contexts, NullLogger<CompetitionLedger>.Instance);
        var good = Chain(40);
        var unknownContestant = Seal(Draft(41) with { ContestantId = 999_999 }, good[^1].Hash);
        var fork = Seal(Draft(42), good[10].Hash);

        var appends = good.Select(e => ledger.AppendAsync(_competition.Id, e)).ToList();
        var refused = ledger.AppendAsync(_competition.Id, unknownContestant);
        var forked = ledger.AppendAsync(_competition.Id, fork);

        await Task.WhenAll(appends);
        await Assert.ThrowsAsync<DbUpdateException>(() => refused);
        // Event 12 already follows event 11; a second claimant is refused by the database.
        await Assert.ThrowsAsync<DbUpdateException>(() => forked);
        Assert.Equal(good.Select(e => e.Hash), (await StoredAsync()).Select(e => e.Hash));
    }

    [Fact]
    public async Task An_event_linked_to_one_that_was_never_stored_is_refused()
    {
        await using var ledger = new CompetitionLedger(_contexts, NullLogger<CompetitionLedger>.Instance);
        var chain = Chain(3);
        var orphan = Seal(Draft(5), new string('a', 64));

        await ledger.AppendAsync(_competition.Id, chain[0]);
        await Assert.ThrowsAsync<DbUpdateException>(() => ledger.AppendAsync(_competition.Id, orphan));
        // Two in a row where the first is missing: the second has nothing to link to.
        await Assert.ThrowsAsync<DbUpdateException>(() => ledger.AppendAsync(_competition.Id, chain[2]));

        Assert.Single(await StoredAsync());
    }

    [Fact]
    public async Task Disposing_the_ledger_commits_what_was_queued_first()
    {
        var ledger = new CompetitionLedger(_contexts, NullLogger<CompetitionLedger>.Instance);
        var appends = Chain(25).Select(e => ledger.AppendAsync(_competition.Id, e)).ToList();

        await ledger.DisposeAsync();

        Assert.All(appends, a => Assert.True(a.IsCompletedSuccessfully));
        var stored = await StoredAsync();
        Assert.Equal(25, stored.Count);
        Assert.Null(LedgerChain.Verify(_competition.Id, stored));
        await Assert.ThrowsAsync<InvalidOperationException>(() => ledger.AppendAsync(_competition.Id, Draft(26)));
    }

    [Fact]
    public async Task A_writer_connection_the_server_cut_is_replaced_and_nothing_is_stored_twice()
    {
        Assert.SkipUnless(_database.Provider == DatabaseProvider.PostgreSql, "The ledger keeps a connection of its own on PostgreSQL only.");
        await using var ledger = new CompetitionLedger(_contexts, NullLogger<CompetitionLedger>.Instance);
        var chain = Chain(3);
        await ledger.AppendAsync(_competition.Id, chain[0]);
        Assert.Equal(1, await WriterConnectionsAsync());

        await CutEveryConnectionAsync();
        // The batch that finds its connection cut fails, as one on a pooled connection would; the caller may send it again.
        if (await Record.ExceptionAsync(() => ledger.AppendAsync(_competition.Id, chain[1])) is not null)
        {
            await ledger.AppendAsync(_competition.Id, chain[1]);
        }
        await ledger.AppendAsync(_competition.Id, chain[2]);

        var stored = await StoredAsync();
        Assert.Equal(chain.Select(e => e.Hash), stored.Select(e => e.Hash));
        Assert.Null(LedgerChain.Verify(_competition.Id, stored));
        // And the writer is back on one connection of its own, open between batches.
        Assert.Equal(1, await WriterConnectionsAsync());
    }

    public async ValueTask DisposeAsync() => await _database.DeleteAsync();

    private async Task<List<LedgerEvent>> StoredAsync()
    {
        await using var db = _contexts.CreateDbContext();
        return await CompetitionLedger.ReadAsync(db, _competition.Id).ToListAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>What a database restart does to this database's clients: every backend but the one asking is ended.</summary>
    private async Task CutEveryConnectionAsync()
    {
        await AskServerAsync("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()");
        // The test's own reads afterwards must not meet the pool's ended connections.
        NpgsqlConnection.ClearAllPools();
    }

    private async Task<long> WriterConnectionsAsync() => (long)(await AskServerAsync(
        $"SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND application_name = '{CompetitionLedger.WriterApplicationName}'"))!;

    /// <summary>A query on a connection of its own, outside the pool the code under test uses.</summary>
    private async Task<object?> AskServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_database.ConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync(TestContext.Current.CancellationToken);
    }

    private List<LedgerEvent> Chain(int count)
    {
        var chain = new List<LedgerEvent>();
        for (var i = 1; i <= count; i++)
        {
            chain.Add(Seal(Draft(i), chain.LastOrDefault()?.Hash));
        }
        return chain;
    }

    private LedgerEvent Seal(LedgerEvent draft, string? previousHash) => LedgerChain.Seal(_competition.Id, draft, previousHash);

    private LedgerEvent Draft(long sequence) => new(
        sequence, LedgerEventType.Mark, DateTimeOffset.FromUnixTimeMilliseconds(1_790_000_000_000 + sequence), "judge:1", Guid.NewGuid(),
        _competition.Judges[0].Id, _competition.Contestants[0].Id, _competition.Modules[0].Aspects[0].Id, Value: sequence % 10);
}
