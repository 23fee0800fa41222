using Competition.Data;
using Competition.Data.Entities;
using Competition.Data.Ledger;
using Competition.Domain.Marking;
using Competition.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Competition.IntegrationTests;

/// <summary>The group-commit ledger on a real SQLite file: what is acknowledged is stored, once.</summary>
public sealed class MarkLedgerTests : IAsyncLifetime
{
    private readonly string _path = PlatformFactory.NewDatabasePath();
    private CompetitionDbContextFactory _contexts = null!;
    private CompetitionEntity _competition = null!;

    public async ValueTask InitializeAsync()
    {
        _contexts = new CompetitionDbContextFactory(new DatabaseOptions { ConnectionString = $"Data Source={_path}" }, Path.GetTempPath());
        await _contexts.MigrateAsync(TestContext.Current.CancellationToken);
        _competition = new CompetitionEntity
        {
            Name = "账本测试",
            Occupation = "6-18-02-04 焊工",
            Modules = [new ModuleEntity { Name = "实操", Weight = 1m, Aspects = [new AspectEntity { Name = "焊缝尺寸", Kind = AspectKind.Measurement, MaxMark = 10m }] }],
            Contestants = [new ContestantEntity { Bib = "001", Name = "张伟", Employer = "齐星车身" }],
            Judges = [new JudgeEntity { Name = "陈静", Employer = "随州职业技术学院", PinHash = "-" }],
        };
        await using var db = _contexts.CreateDbContext();
        db.Competitions.Add(_competition);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Marks_queued_together_commit_together_and_a_bad_one_fails_alone()
    {
        await using var ledger = new MarkLedger(_contexts, NullLogger<MarkLedger>.Instance);
        var good = Enumerable.Range(1, 40).Select(i => Mark(sequence: i)).ToList();
        var unknownContestant = Mark(sequence: 41) with { ContestantId = 999_999 };
        var repeatedSequence = Mark(sequence: 7);

        var appends = good.Select(ledger.AppendAsync).ToList();
        var refused = ledger.AppendAsync(unknownContestant);
        var duplicate = ledger.AppendAsync(repeatedSequence);

        await Task.WhenAll(appends);
        await Assert.ThrowsAsync<DbUpdateException>(() => refused);
        await Assert.ThrowsAsync<DbUpdateException>(() => duplicate);
        await using var db = _contexts.CreateDbContext();
        var stored = await db.Marks.Where(m => m.CompetitionId == _competition.Id).OrderBy(m => m.Sequence).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(good.Select(m => (m.Sequence, m.SubmissionId)), stored.Select(m => (m.Sequence, m.SubmissionId)));
    }

    [Fact]
    public async Task Disposing_the_ledger_commits_what_was_queued_first()
    {
        var ledger = new MarkLedger(_contexts, NullLogger<MarkLedger>.Instance);
        var appends = Enumerable.Range(1, 25).Select(i => ledger.AppendAsync(Mark(sequence: i))).ToList();

        await ledger.DisposeAsync();

        Assert.All(appends, a => Assert.True(a.IsCompletedSuccessfully));
        await using var db = _contexts.CreateDbContext();
        Assert.Equal(25, await db.Marks.CountAsync(m => m.CompetitionId == _competition.Id, TestContext.Current.CancellationToken));
        await Assert.ThrowsAsync<InvalidOperationException>(() => ledger.AppendAsync(Mark(sequence: 26)));
    }

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_path);
        return ValueTask.CompletedTask;
    }

    private LedgerMark Mark(long sequence) => new(
        _competition.Id, sequence, Guid.NewGuid(), _competition.Judges[0].Id, _competition.Contestants[0].Id,
        _competition.Modules[0].Aspects[0].Id, 5m, DateTimeOffset.UtcNow);
}
