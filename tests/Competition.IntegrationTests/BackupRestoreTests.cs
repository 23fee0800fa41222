using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using Competition.Data;
using Competition.Server.Backups;
using Competition.Server.Marking;
using Competition.Testing;

namespace Competition.IntegrationTests;

/// <summary>
/// The venue server's backup, taken through the API while judges keep marking, downloaded, put into a fresh
/// server's place with the <c>restore</c> command, and started: the restored ledger holds every mark
/// acknowledged before the backup began, once each, nothing unacknowledged, on an unbroken chain, and
/// the restored server serves the board recomputed from it.
/// </summary>
[Trait("Database", "Sqlite")]
[Collection(nameof(SerialTests))]
public sealed class BackupRestoreTests
{
    private sealed record Acknowledged(Guid SubmissionId, long Sequence, long At);

    [Fact]
    public async Task A_backup_taken_while_judges_mark_restores_into_a_fresh_server_with_every_mark_acknowledged_before_it()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var database = TestDatabase.New(DatabaseProvider.Sqlite);
        var restored = TestDatabase.New(DatabaseProvider.Sqlite);
        var folder = Path.Combine(Path.GetTempPath(), "competition-tests", $"backups-{Guid.NewGuid():N}");
        var server = await ServerProcess.StartAsync(database, new Dictionary<string, string> { ["Backup__Folder"] = folder });
        ServerProcess? fresh = null;
        try
        {
            using var http = new HttpClient { BaseAddress = server.Address };
            var client = new PlatformClient(http);
            var admin = await client.OrganizerTokenAsync();
            var competition = await client.CreateCompetitionAsync(SampleCompetition.Request("备份演练", contestants: 12));
            var aspect = competition.MarkingScheme.Modules[0].Aspects[0].Id;
            var acknowledged = new ConcurrentBag<Acknowledged>();
            using var stop = new CancellationTokenSource();
            var tablets = new List<Task>();
            for (var j = 0; j < competition.Judges.Count; j++)
            {
                var token = await client.JudgeTokenAsync(competition, j);
                tablets.Add(MarkUntilStoppedAsync(client, competition.Id, token, competition.Contestants.Select(c => c.Id).ToList(), aspect, acknowledged, stop.Token));
            }
            while (acknowledged.Count < 100)
            {
                await Task.Delay(20, cancellation);
            }

            var began = Stopwatch.GetTimestamp();
            using var taken = await client.SendAsync(HttpMethod.Post, "/api/admin/backups", null, admin);
            Assert.Equal(System.Net.HttpStatusCode.Created, taken.StatusCode);
            var backup = (await taken.Content.ReadFromJsonAsync<BackupView>(PlatformClient.Json, cancellation))!;
            var beforeEnd = acknowledged.Count;
            while (acknowledged.Count < beforeEnd + 50)
            {
                await Task.Delay(20, cancellation);
            }
            await stop.CancelAsync();
            await Task.WhenAll(tablets);
            Assert.Contains(await client.GetAsync<List<BackupView>>("/api/admin/backups", admin), b => b.Name == backup.Name);

            // Downloaded, as the console's button does; then the way back, into a fresh server's place.
            using var download = await client.SendAsync(HttpMethod.Get, $"/api/admin/backups/{backup.Name}", null, admin);
            Assert.Equal(BackupsApi.SqliteType, download.Content.Headers.ContentType?.MediaType);
            var copy = Path.Combine(folder, "downloaded.db");
            await File.WriteAllBytesAsync(copy, await download.Content.ReadAsByteArrayAsync(cancellation), cancellation);
            Assert.Equal(backup.SizeBytes, new FileInfo(copy).Length);
            var (exitCode, output) = await ServerProcess.RunCommandAsync(restored, "restore", copy);
            Assert.True(exitCode == 0, output);

            fresh = await ServerProcess.StartAsync(restored);
            var before = acknowledged.Where(a => a.At < began).Select(a => (a.SubmissionId, a.Sequence)).ToList();
            await LedgerProof.AssertHoldsAsync(restored, fresh.Address, competition.Id, before, acknowledged.Select(a => (a.SubmissionId, a.Sequence)).ToList());
        }
        finally
        {
            await server.DisposeAsync();
            if (fresh is not null)
            {
                await fresh.DisposeAsync();
            }
            await database.DeleteAsync();
            await restored.DeleteAsync();
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Fact]
    public async Task Restoring_a_file_that_is_no_backup_is_refused_and_leaves_the_database_as_it_was()
    {
        var database = TestDatabase.New(DatabaseProvider.Sqlite);
        var notABackup = Path.Combine(Path.GetTempPath(), "competition-tests", $"{Guid.NewGuid():N}.db");
        Directory.CreateDirectory(Path.GetDirectoryName(notABackup)!);
        await File.WriteAllTextAsync(notABackup, "选手名单，不是数据库", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(database.SqlitePath, "the database as it was", TestContext.Current.CancellationToken);
        try
        {
            var (exitCode, output) = await ServerProcess.RunCommandAsync(database, "restore", notABackup);
            Assert.Equal(1, exitCode);
            Assert.Contains("not a database", output);
            Assert.Equal("the database as it was", await File.ReadAllTextAsync(database.SqlitePath, TestContext.Current.CancellationToken));
        }
        finally
        {
            File.Delete(notABackup);
            await database.DeleteAsync();
        }
    }

    /// <summary>One tablet marking one mark at a time until stopped; each acknowledgement noted with when it came.</summary>
    private static async Task MarkUntilStoppedAsync(PlatformClient client, long competitionId, string token, IReadOnlyList<long> contestants, long aspect,
        ConcurrentBag<Acknowledged> acknowledged, CancellationToken stop)
    {
        decimal[] values = [10m, 9m, 8.5m, 8m, 6m, 4m, 0m];
        while (!stop.IsCancellationRequested)
        {
            var submission = Guid.NewGuid();
            using var response = await client.SubmitMarkAsync(competitionId, token, contestants[Random.Shared.Next(contestants.Count)], aspect,
                values[Random.Shared.Next(values.Length)], submission, "复核");
            response.EnsureSuccessStatusCode();
            var accepted = (await response.Content.ReadFromJsonAsync<MarkAccepted>(PlatformClient.Json))!;
            acknowledged.Add(new Acknowledged(submission, accepted.Sequence, Stopwatch.GetTimestamp()));
        }
    }
}
