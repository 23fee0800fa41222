using System.Net;
using Competition.Grains.Contracts;
using Competition.Server.Audit;
using Competition.Server.CompetitionDay;
using Competition.Server.Competitions;
using Competition.Testing;

namespace Competition.IntegrationTests.CompetitionDay;

/// <summary>The draw anyone can check: committed before, recomputable after, every draw ledgered.</summary>
public sealed class DrawTests(SharedPlatform platform)
{
    private PlatformClient Client => platform.Client;

    private static CreateCompetitionRequest Request(string name, int contestants, int workstations, int sessions) =>
        SampleCompetition.Request(name, contestants) with
        {
            Workstations = workstations,
            Sessions = Enumerable.Range(0, sessions)
                .Select(i => new SessionRequest(DateTimeOffset.UtcNow.AddDays(2).AddHours(4 * i).ToOffset(TimeSpan.FromHours(8)), 180)).ToList(),
        };

    [Fact]
    public async Task Anyone_recomputes_the_draw_from_the_published_seed_and_a_redraw_needs_a_reason_and_a_commitment_published_first()
    {
        var organizer = await Client.OrganizerTokenAsync();
        var competition = await Client.CreateCompetitionAsync(Request("抽签复核", contestants: 7, workstations: 3, sessions: 3), start: false);
        var path = $"/api/competitions/{competition.Id}/draw";

        var before = await Client.GetAsync<DrawView>(path);
        Assert.Matches("^[0-9a-f]{64}$", before.Commitment);
        Assert.Null(before.Seed);
        Assert.Null(before.Order);
        Assert.Equal(before.Commitment, (await Client.GetAsync<DrawView>(path)).Commitment);

        var drawn = await Client.SendAsync(HttpMethod.Post, path, null, organizer);
        Assert.Equal(HttpStatusCode.OK, drawn.StatusCode);
        var draw = await Client.GetAsync<DrawView>(path);
        Assert.Equal(before.Commitment, draw.Commitment);
        Assert.Equal(draw.Commitment, WitnessDraw.Commitment(draw.Seed!));
        Assert.Equal(competition.Contestants.Select(c => c.Id).Order(), draw.Input);
        Assert.Equal(WitnessDraw.Order(draw.Seed!, draw.Input!), draw.Order);

        var view = await Client.GetAsync<CompetitionView>($"/api/competitions/{competition.Id}", organizer);
        for (var p = 0; p < draw.Order!.Count; p++)
        {
            var contestant = view.Contestants.Single(c => c.Id == draw.Order[p]);
            Assert.Equal(((p + 1).ToString("00"), p / 3 + 1, p % 3 + 1), (contestant.DrawnNumber, contestant.Session, contestant.Workstation));
        }

        // The next seed is committed to at once, and stays what the re-draw uses.
        Assert.Matches("^[0-9a-f]{64}$", draw.NextCommitment!);
        await (await Client.SendAsync(HttpMethod.Post, path, null, organizer)).AssertProblemCodeAsync(HttpStatusCode.BadRequest, "reason-required");
        await (await Client.SendAsync(HttpMethod.Post, path, new DrawRequest("  "), organizer)).AssertProblemCodeAsync(HttpStatusCode.BadRequest, "reason-required");
        Assert.Equal(HttpStatusCode.OK, (await Client.SendAsync(HttpMethod.Post, path, new DrawRequest("监督员发现签筒有误"), organizer)).StatusCode);
        var redraw = await Client.GetAsync<DrawView>(path);
        Assert.Equal((draw.NextCommitment, 2, "监督员发现签筒有误"), (redraw.Commitment, redraw.Round, redraw.Reason));
        Assert.Equal(redraw.Commitment, WitnessDraw.Commitment(redraw.Seed!));
        Assert.Equal(WitnessDraw.Order(redraw.Seed!, redraw.Input!), redraw.Order);
        Assert.Equal(draw.Seed, Assert.Single(redraw.Earlier!).Seed);

        var ledger = await Client.GetAsync<List<AuditEvent>>($"/api/competitions/{competition.Id}/audit", organizer);
        var performed = ledger.Where(e => e.Type == "DrawPerformed").ToList();
        Assert.Equal(2, performed.Count);
        Assert.Equal("监督员发现签筒有误", performed[1].Reason);
        var committed = ledger.Where(e => e.Type == "DrawCommitted").ToList();
        Assert.Equal(3, committed.Count);
        // Each draw's commitment was in the ledger before the draw.
        Assert.True(committed[0].Sequence < performed[0].Sequence && committed[1].Sequence < performed[1].Sequence);
        Assert.Contains(redraw.Commitment, committed[1].Payload);
        Assert.True((await Client.GetAsync<AuditVerification>($"/api/competitions/{competition.Id}/audit/verify", organizer)).Intact);
    }

    [Fact]
    public async Task A_field_too_large_for_the_sessions_is_refused_and_a_blind_competition_starts_only_once_drawn()
    {
        var organizer = await Client.OrganizerTokenAsync();
        var request = Request("场次不足", contestants: 7, workstations: 3, sessions: 2);
        var competition = await Client.CreateCompetitionAsync(request with { Rules = new() { Blind = true } }, start: false);
        var id = competition.Id;

        await (await Client.SendAsync(HttpMethod.Post, $"/api/competitions/{id}/draw", null, organizer))
            .AssertProblemCodeAsync(HttpStatusCode.Conflict, "draw.too-few-sessions");
        await (await Client.SendAsync(HttpMethod.Post, $"/api/competitions/{id}/start", null, organizer))
            .AssertProblemCodeAsync(HttpStatusCode.Conflict, "draw.required");

        var sessions = request.Sessions!;
        var overlapping = new SessionsRequest(3, [sessions[0], sessions[0] with { StartsAt = sessions[0].StartsAt.AddMinutes(60) }]);
        await (await Client.SendAsync(HttpMethod.Put, $"/api/competitions/{id}/sessions", overlapping, organizer))
            .AssertProblemCodeAsync(HttpStatusCode.BadRequest, "validation");
        var third = sessions[1] with { StartsAt = sessions[1].StartsAt.AddHours(4) };
        var updated = await Client.SendAsync(HttpMethod.Put, $"/api/competitions/{id}/sessions", new SessionsRequest(3, [.. sessions, third]), organizer);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Client.SendAsync(HttpMethod.Post, $"/api/competitions/{id}/draw", null, organizer)).StatusCode);

        // The seventh contestant sits in the third session: it cannot go now.
        await (await Client.SendAsync(HttpMethod.Put, $"/api/competitions/{id}/sessions", new SessionsRequest(3, sessions), organizer))
            .AssertProblemCodeAsync(HttpStatusCode.Conflict, "sessions.in-use");
        Assert.Equal(HttpStatusCode.OK, (await Client.SendAsync(HttpMethod.Post, $"/api/competitions/{id}/start", null, organizer)).StatusCode);
        await (await Client.SendAsync(HttpMethod.Put, $"/api/competitions/{id}/sessions", new SessionsRequest(4, [.. sessions, third]), organizer))
            .AssertProblemCodeAsync(HttpStatusCode.Conflict, "competition.not-draft");
    }

    [Fact]
    public async Task A_contestant_is_moved_only_to_a_free_workstation_of_a_session_not_started_and_with_a_reason()
    {
        var organizer = await Client.OrganizerTokenAsync();
        var competition = await Client.CreateCompetitionAsync(Request("调换工位", contestants: 4, workstations: 3, sessions: 2), start: false);
        var id = competition.Id;
        Assert.Equal(HttpStatusCode.OK, (await Client.SendAsync(HttpMethod.Post, $"/api/competitions/{id}/draw", null, organizer)).StatusCode);
        var view = await Client.GetAsync<CompetitionView>($"/api/competitions/{id}", organizer);
        var mover = view.Contestants.First(c => c.Session == 1);
        var taken = view.Contestants.Single(c => c.Session == 2);
        var move = $"/api/competitions/{id}/contestants/{mover.Id}/move";

        await (await Client.SendAsync(HttpMethod.Post, move, new MoveRequest(2, taken.Workstation!.Value, "设备故障"), organizer))
            .AssertProblemCodeAsync(HttpStatusCode.Conflict, "seat.taken");
        await (await Client.SendAsync(HttpMethod.Post, move, new MoveRequest(3, 1, "设备故障"), organizer))
            .AssertProblemCodeAsync(HttpStatusCode.BadRequest, "seat.invalid");
        await (await Client.SendAsync(HttpMethod.Post, move, new MoveRequest(2, 1, ""), organizer))
            .AssertProblemCodeAsync(HttpStatusCode.BadRequest, "validation");
        var free = Enumerable.Range(1, 3).First(w => w != taken.Workstation);
        var moved = await Client.SendAsync(HttpMethod.Post, move, new MoveRequest(2, free, "焊机故障，改到第二场"), organizer);
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        var after = (await Client.GetAsync<CompetitionView>($"/api/competitions/{id}", organizer)).Contestants.Single(c => c.Id == mover.Id);
        Assert.Equal((2, free, mover.DrawnNumber), (after.Session!.Value, after.Workstation!.Value, after.DrawnNumber));

        var ledger = await Client.GetAsync<List<AuditEvent>>($"/api/competitions/{id}/audit", organizer);
        Assert.Contains(ledger, e => e.Type == "ContestantMoved" && e.ContestantId == mover.Id && e.Reason == "焊机故障，改到第二场");
        // A drawn contestant is kept: withdrawn, never removed.
        await (await Client.SendAsync(HttpMethod.Delete, $"/api/competitions/{id}/contestants/{mover.Id}", null, organizer))
            .AssertProblemCodeAsync(HttpStatusCode.Conflict, "contestant.drawn");
    }
}
