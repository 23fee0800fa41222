using System.Net;
using Competition.Grains.Contracts;
using Competition.Server.Benchmarking;
using Competition.Server.Hubs;
using Competition.Testing;

namespace Competition.IntegrationTests;

/// <summary>The load benchmark's floor: a bare broadcast that exists only where a benchmark turned it on.</summary>
public sealed class BroadcastFloorTests(SharedPlatform platform)
{
    [Fact]
    public async Task The_floor_endpoint_does_not_exist_unless_a_benchmark_enables_it()
    {
        var competition = await platform.Client.CreateCompetitionAsync();
        var response = await platform.Client.Http.PostAsync($"/benchmark/floor/{competition.Id}/1", null, TestContext.Current.CancellationToken);
        // No such route: 404, or 405 where the static files' catch-all answers GET on any path of that shape.
        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.NotFound, HttpStatusCode.MethodNotAllowed });
    }

    [Fact]
    public async Task When_enabled_the_floor_sends_the_board_with_the_nonce_to_its_audience_and_changes_nothing()
    {
        await using var host = new PlatformFactory(settings: new Dictionary<string, string> { ["Benchmark:Enabled"] = "true" });
        var client = new PlatformClient(host.CreateClient());
        var competition = await client.CreateCompetitionAsync();
        var before = await client.LeaderboardAsync(competition.Id);
        await using var floor = await HubMessages<LeaderboardSnapshot>.ConnectAsync(host, LeaderboardHub.Path, "Watch", BroadcastFloorApi.Method, competition.Id);

        var response = await client.Http.PostAsync($"/benchmark/floor/{competition.Id}/987654", null, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var message = await floor.RawAsync();
        Assert.Equal(987654, message.Version);
        Assert.Equal(before.Rows.Select(r => r.ContestantId), message.Rows.Select(r => r.ContestantId));
        Assert.Equal(before.Version, (await client.LeaderboardAsync(competition.Id)).Version);
        await host.Database.DeleteAsync();
    }
}
