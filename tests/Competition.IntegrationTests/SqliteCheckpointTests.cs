using Competition.Data;
using Competition.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Competition.IntegrationTests;

/// <summary>No commit waits for a WAL checkpoint: connections never checkpoint by themselves, the host does it in the background.</summary>
[Trait("Database", "Sqlite")]
public sealed class SqliteCheckpointTests(SharedPlatform platform)
{
    [Fact]
    public async Task Connections_leave_checkpoints_to_the_background_and_a_checkpoint_copies_the_whole_wal()
    {
        var factory = platform.Factory.Services.GetRequiredService<CompetitionDbContextFactory>();
        var competition = await platform.Client.CreateCompetitionAsync(SampleCompetition.Request("检查点测试"));
        var judge = await platform.Client.JudgeTokenAsync(competition);
        (await platform.Client.SubmitMarkAsync(competition.Id, judge, competition.Contestants[0].Id, competition.MarkingScheme.Modules[0].Aspects[0].Id, 10m))
            .EnsureSuccessStatusCode();

        await using var db = factory.CreateDbContext();
        Assert.Equal(0, await Pragma(db, "PRAGMA wal_autocheckpoint;"));
        await factory.CheckpointAsync(TestContext.Current.CancellationToken);
        // busy, frames in the WAL, frames checkpointed: all copied unless a writer was mid-commit.
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        Assert.True(await reader.ReadAsync(TestContext.Current.CancellationToken));
        Assert.NotEqual(-1, reader.GetInt64(1)); // -1: the database is not in WAL mode
        Assert.InRange(reader.GetInt64(2), 0, reader.GetInt64(1));
    }

    private static async Task<long> Pragma(CompetitionDbContext db, string pragma)
    {
        await db.Database.OpenConnectionAsync(TestContext.Current.CancellationToken);
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = pragma;
        return (long)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }
}
