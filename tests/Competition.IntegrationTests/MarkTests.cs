using System.Net;
using System.Net.Http.Json;
using Competition.Server.Marking;
using Competition.Testing;

namespace Competition.IntegrationTests;

public sealed class MarkTests(SharedPlatform platform)
{
    private PlatformClient Client => platform.Client;

    [Fact]
    public async Task A_committed_mark_is_acknowledged_with_its_sequence_and_counts_on_the_board()
    {
        var competition = await Client.CreateCompetitionAsync();
        var token = await Client.JudgeTokenAsync(competition);
        var contestant = competition.Contestants[1];
        var measurement = competition.MarkingScheme.Modules[0].Aspects[0];
        var judgement = competition.MarkingScheme.Modules[0].Aspects[1];

        var first = await Client.SubmitMarkAsync(competition.Id, token, contestant.Id, measurement.Id, 8.5m);
        var second = await Client.SubmitMarkAsync(competition.Id, token, contestant.Id, judgement.Id, 2m);

        // The ledger's first event is the start; the marks follow it.
        Assert.Equal(new MarkAccepted(true, 2), await first.Content.ReadFromJsonAsync<MarkAccepted>(PlatformClient.Json, TestContext.Current.CancellationToken));
        Assert.Equal(new MarkAccepted(true, 3), await second.Content.ReadFromJsonAsync<MarkAccepted>(PlatformClient.Json, TestContext.Current.CancellationToken));
        var board = await Client.LeaderboardAsync(competition.Id);
        Assert.Equal(3, board.Version);
        var leader = board.Rows[0];
        Assert.Equal(contestant.Id, leader.ContestantId);
        Assert.Equal(1, leader.Rank);
        // 8.5 measured + 2/3 × 9 judged = 14.5 in module 1 (weight 1.0).
        Assert.Equal(14.5m, leader.Total);
        Assert.Equal(contestant.Bib, leader.Bib);
        Assert.Equal(contestant.Name, leader.Name);
        Assert.Equal(contestant.Employer, leader.Employer);
        // The others have nothing yet and share the next rank.
        Assert.All(board.Rows.Skip(1), r => Assert.Equal(2, r.Rank));
    }

    [Fact]
    public async Task The_same_submission_again_gets_the_same_answer_and_counts_once()
    {
        var competition = await Client.CreateCompetitionAsync();
        var token = await Client.JudgeTokenAsync(competition);
        var aspect = competition.MarkingScheme.Modules[0].Aspects[0];
        var submissionId = Guid.NewGuid();

        var answers = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ =>
            Client.SubmitMarkAsync(competition.Id, token, competition.Contestants[0].Id, aspect.Id, 8m, submissionId)));
        var resent = await Client.SubmitMarkAsync(competition.Id, token, competition.Contestants[0].Id, aspect.Id, 8m, submissionId);

        foreach (var answer in answers.Append(resent))
        {
            Assert.Equal(new MarkAccepted(true, 2), await answer.Content.ReadFromJsonAsync<MarkAccepted>(PlatformClient.Json, TestContext.Current.CancellationToken));
        }
        var board = await Client.LeaderboardAsync(competition.Id);
        Assert.Equal(2, board.Version);
        Assert.Equal(8m, board.Rows[0].Total);
        Assert.Equal(1, board.Rows[0].MarkCount);
    }

    [Fact]
    public async Task A_submission_id_reused_for_another_mark_is_a_conflict()
    {
        var competition = await Client.CreateCompetitionAsync();
        var token = await Client.JudgeTokenAsync(competition);
        var aspect = competition.MarkingScheme.Modules[0].Aspects[0];
        var submissionId = Guid.NewGuid();
        (await Client.SubmitMarkAsync(competition.Id, token, competition.Contestants[0].Id, aspect.Id, 8m, submissionId)).EnsureSuccessStatusCode();

        var reused = await Client.SubmitMarkAsync(competition.Id, token, competition.Contestants[0].Id, aspect.Id, 4m, submissionId);

        await reused.AssertProblemCodeAsync(HttpStatusCode.Conflict, "submission.reused");
        Assert.Equal(8m, (await Client.LeaderboardAsync(competition.Id)).Rows[0].Total);
    }

    [Fact]
    public async Task An_amendment_with_a_reason_replaces_the_earlier_mark_and_without_one_is_refused()
    {
        var competition = await Client.CreateCompetitionAsync();
        var token = await Client.JudgeTokenAsync(competition);
        var aspect = competition.MarkingScheme.Modules[0].Aspects[0];
        var contestant = competition.Contestants[0].Id;

        (await Client.SubmitMarkAsync(competition.Id, token, contestant, aspect.Id, 4m)).EnsureSuccessStatusCode();
        await (await Client.SubmitMarkAsync(competition.Id, token, contestant, aspect.Id, 6m))
            .AssertProblemCodeAsync(HttpStatusCode.BadRequest, "mark.reason-required");
        (await Client.SendAsync(HttpMethod.Post, $"/api/competitions/{competition.Id}/marks",
            new SubmitMarkRequest(Guid.NewGuid(), contestant, aspect.Id, 6m, "misread the gauge"), token)).EnsureSuccessStatusCode();

        var row = (await Client.LeaderboardAsync(competition.Id)).Rows.Single(r => r.ContestantId == contestant);
        Assert.Equal(6m, row.Total);
        Assert.Equal(1, row.MarkCount);
        var mine = await (await Client.SendAsync(HttpMethod.Get, $"/api/competitions/{competition.Id}/marks/mine", null, token))
            .Content.ReadFromJsonAsync<List<Competition.Grains.Contracts.RecordedMark>>(PlatformClient.Json, TestContext.Current.CancellationToken);
        Assert.Equal(6m, Assert.Single(mine!).Value);
    }

    [Fact]
    public async Task Judgement_panel_marks_are_averaged_over_the_judges()
    {
        var competition = await Client.CreateCompetitionAsync();
        var judgement = competition.MarkingScheme.Modules[0].Aspects[1];
        var contestant = competition.Contestants[2].Id;
        var scores = new[] { 3m, 2m, 2m };

        for (var judge = 0; judge < scores.Length; judge++)
        {
            var token = await Client.JudgeTokenAsync(competition, judge);
            (await Client.SubmitMarkAsync(competition.Id, token, contestant, judgement.Id, scores[judge])).EnsureSuccessStatusCode();
        }

        // mean 7/3, /3 × 9 = 7.
        Assert.Equal(7m, (await Client.LeaderboardAsync(competition.Id)).Rows.Single(r => r.ContestantId == contestant).Total);
    }

    [Fact]
    public async Task Refused_marks_get_their_problem_and_store_nothing()
    {
        var live = await Client.CreateCompetitionAsync();
        var draft = await Client.CreateCompetitionAsync(start: false);
        var token = await Client.JudgeTokenAsync(live);
        var draftToken = await Client.JudgeTokenAsync(draft);
        var contestant = live.Contestants[0].Id;
        var measurement = live.MarkingScheme.Modules[0].Aspects[0];
        var judgement = live.MarkingScheme.Modules[0].Aspects[1];

        var graded = live.MarkingScheme.Modules[1].Aspects[0];
        await (await Client.SubmitMarkAsync(live.Id, token, contestant, measurement.Id, 7m)).AssertProblemCodeAsync(HttpStatusCode.BadRequest, "mark.not-allowed");
        await (await Client.SubmitMarkAsync(live.Id, token, contestant, graded.Id, 6.5m)).AssertProblemCodeAsync(HttpStatusCode.BadRequest, "mark.out-of-range");
        await (await Client.SubmitMarkAsync(live.Id, token, contestant, graded.Id, -1m)).AssertProblemCodeAsync(HttpStatusCode.BadRequest, "mark.out-of-range");
        await (await Client.SubmitMarkAsync(live.Id, token, contestant, graded.Id, 1.005m)).AssertProblemCodeAsync(HttpStatusCode.BadRequest, "mark.too-precise");
        await (await Client.SubmitMarkAsync(live.Id, token, contestant, judgement.Id, 4m)).AssertProblemCodeAsync(HttpStatusCode.BadRequest, "mark.out-of-range");
        await (await Client.SubmitMarkAsync(live.Id, token, contestant, judgement.Id, 1.5m)).AssertProblemCodeAsync(HttpStatusCode.BadRequest, "mark.out-of-range");
        await (await Client.SubmitMarkAsync(live.Id, token, 999_999, measurement.Id, 1m)).AssertProblemCodeAsync(HttpStatusCode.NotFound, "contestant.not-found");
        await (await Client.SubmitMarkAsync(live.Id, token, contestant, 999_999, 1m)).AssertProblemCodeAsync(HttpStatusCode.NotFound, "aspect.not-found");
        await (await Client.SubmitMarkAsync(live.Id, token, draft.Contestants[0].Id, measurement.Id, 1m)).AssertProblemCodeAsync(HttpStatusCode.NotFound, "contestant.not-found");
        await (await Client.SubmitMarkAsync(draft.Id, draftToken, draft.Contestants[0].Id, draft.MarkingScheme.Modules[0].Aspects[0].Id, 10m))
            .AssertProblemCodeAsync(HttpStatusCode.Conflict, "competition.not-live");
        await (await Client.SubmitMarkAsync(live.Id, judgeToken: null!, contestant, measurement.Id, 1m)).AssertProblemAsync(HttpStatusCode.Unauthorized);
        await (await Client.SubmitMarkAsync(live.Id, draftToken, contestant, measurement.Id, 1m)).AssertProblemCodeAsync(HttpStatusCode.Forbidden, "judge.other-competition");
        await (await Client.SubmitMarkAsync(live.Id, await Client.OrganizerTokenAsync(), contestant, measurement.Id, 1m)).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await Client.SendAsync(HttpMethod.Post, $"/api/competitions/{live.Id}/marks", new { submissionId = Guid.Empty, contestantId = 0, aspectId = 0, value = 1 }, token))
            .AssertProblemCodeAsync(HttpStatusCode.BadRequest, "validation");
        await (await Client.SendAsync(HttpMethod.Post, $"/api/competitions/{live.Id}/marks", new { submissionId = "not-a-uuid", contestantId = 1, aspectId = 1, value = 1 }, token))
            .AssertProblemCodeAsync(HttpStatusCode.BadRequest, "request.unreadable");

        Assert.Equal(1, (await Client.LeaderboardAsync(live.Id)).Version);
        Assert.Equal(0, (await Client.LeaderboardAsync(draft.Id)).Version);
    }

    [Fact]
    public async Task A_contestants_scorecard_breaks_the_total_down_by_module_and_aspect()
    {
        var competition = await Client.CreateCompetitionAsync();
        var token = await Client.JudgeTokenAsync(competition);
        var contestant = competition.Contestants[0];
        var practical = competition.MarkingScheme.Modules[0];
        var safety = competition.MarkingScheme.Modules[1];
        (await Client.SubmitMarkAsync(competition.Id, token, contestant.Id, practical.Aspects[0].Id, 6m)).EnsureSuccessStatusCode();
        (await Client.SubmitMarkAsync(competition.Id, token, contestant.Id, safety.Aspects[0].Id, 4m)).EnsureSuccessStatusCode();

        var card = await Client.Http.GetFromJsonAsync<Competition.Grains.Contracts.Scorecard>(
            $"/api/competitions/{competition.Id}/contestants/{contestant.Id}", PlatformClient.Json, TestContext.Current.CancellationToken);

        Assert.Equal(contestant.Name, card!.Contestant.Name);
        Assert.Equal(6m + 0.5m * 4m, card.Total);
        Assert.Equal([6m, 4m], card.Modules.Select(m => m.Total));
        Assert.Equal(6m, card.Modules[0].Aspects[0].Mark);
        Assert.Null(card.Modules[0].Aspects[1].Mark);
        var elsewhere = await Client.Http.GetAsync($"/api/competitions/{competition.Id + 100_000}/contestants/{contestant.Id}", TestContext.Current.CancellationToken);
        await elsewhere.AssertProblemCodeAsync(HttpStatusCode.NotFound, "contestant.not-found");
    }
}
