using System.Net;
using System.Net.Http.Json;
using Competition.Domain.Competitions;
using Competition.Grains.Contracts;
using Competition.Server.Audit;
using Competition.Server.Auth;
using Competition.Server.Competitions;
using Competition.Server.Registration;
using Competition.Testing;

namespace Competition.IntegrationTests.Organizing;

/// <summary>Who takes part, changed once live: each change ledgered with who and why; refused where it
/// would alter a counted mark or break the conflict-of-interest rule; nobody removed.</summary>
public sealed class EditsAfterStartTests(SharedPlatform platform)
{
    private PlatformClient Client => platform.Client;

    private async Task<T> ReadAsync<T>(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<T>(PlatformClient.Json, TestContext.Current.CancellationToken))!;
    }

    [Fact]
    public async Task A_late_contestant_a_correction_and_a_withdrawal_are_ledgered_with_who_and_why()
    {
        var organizer = await Client.OrganizerTokenAsync();
        var competition = await Client.CreateCompetitionAsync(SampleCompetition.Request("开赛后修改"));
        var path = $"/api/competitions/{competition.Id}/contestants";

        await (await Client.SendAsync(HttpMethod.Post, path, new ContestantEntryRequest("迟到者", "齐星车身"), organizer))
            .AssertProblemCodeAsync(HttpStatusCode.BadRequest, "reason-required");
        var late = await ReadAsync<ContestantView>(await Client.SendAsync(HttpMethod.Post, path,
            new ContestantEntryRequest("迟到者", "齐星车身", NationalId: Sheets.NationalId(7), Reason: "单位补报"), organizer), HttpStatusCode.Created);
        Assert.Equal("004", late.Bib);
        await (await Client.SendAsync(HttpMethod.Post, path, new ContestantEntryRequest("重号", "齐星车身", Bib: "004", Reason: "x"), organizer))
            .AssertProblemCodeAsync(HttpStatusCode.Conflict, "contestant.bib-taken");

        // The late contestant is marked like everyone else.
        var judge = await Client.JudgeTokenAsync(competition, 1);
        var measurement = competition.MarkingScheme.Modules[0].Aspects[0].Id;
        (await Client.SubmitMarkAsync(competition.Id, judge, late.Id, measurement, 10m)).EnsureSuccessStatusCode();

        var corrected = await ReadAsync<ContestantView>(await Client.SendAsync(HttpMethod.Put, $"{path}/{late.Id}",
            new ContestantCorrectionRequest("迟到者（更正）", "程力专汽", "身份证上的名字"), organizer), HttpStatusCode.OK);
        Assert.Equal(("迟到者（更正）", "程力专汽"), (corrected.Name, corrected.Employer));

        var first = competition.Contestants[0];
        var absent = await ReadAsync<ContestantView>(await Client.SendAsync(HttpMethod.Post, $"{path}/{first.Id}/withdraw",
            new WithdrawalRequest(Withdrawal.NoShow, "检录未到"), organizer), HttpStatusCode.OK);
        Assert.Equal((Withdrawal.NoShow, "检录未到", true), (absent.Withdrawal, absent.WithdrawalReason, absent.OutOfRanking));
        await (await Client.SendAsync(HttpMethod.Post, $"{path}/{first.Id}/withdraw", new WithdrawalRequest(Withdrawal.Withdrawn, "again"), organizer))
            .AssertProblemCodeAsync(HttpStatusCode.Conflict, "contestant.withdrawn");
        var board = await Client.LeaderboardAsync(competition.Id);
        Assert.True(board.Rows.Single(r => r.ContestantId == first.Id).OutOfRanking);
        Assert.Equal(10m, board.Rows.Single(r => r.ContestantId == late.Id).Total);

        // Nobody is removed once live.
        await (await Client.SendAsync(HttpMethod.Delete, $"{path}/{first.Id}", null, organizer))
            .AssertProblemCodeAsync(HttpStatusCode.Conflict, "competition.not-draft");

        var ledger = await Client.GetAsync<List<AuditEvent>>($"/api/competitions/{competition.Id}/audit", organizer);
        Assert.Contains(ledger, e => e.Type == "ContestantAdded" && e.ContestantId == late.Id && e.Reason == "单位补报" && e.Actor.StartsWith("account:"));
        Assert.Contains(ledger, e => e.Type == "ContestantCorrected" && e.ContestantId == late.Id && e.Reason == "身份证上的名字" && e.Payload!.Contains("程力专汽"));
        Assert.Contains(ledger, e => e.Type == "ContestantWithdrawn" && e.ContestantId == first.Id && e.Payload!.Contains("noShow"));
        Assert.True((await Client.GetAsync<AuditVerification>($"/api/competitions/{competition.Id}/audit/verify", organizer)).Intact);
    }

    [Fact]
    public async Task An_employer_change_that_would_conflict_with_marks_already_given_is_refused()
    {
        var organizer = await Client.OrganizerTokenAsync();
        var competition = await Client.CreateCompetitionAsync(SampleCompetition.Request("利益冲突修改"));
        var judge = await Client.JudgeTokenAsync(competition, 0); // 陈静, 随州职业技术学院
        var contestant = competition.Contestants[0];
        (await Client.SubmitMarkAsync(competition.Id, judge, contestant.Id, competition.MarkingScheme.Modules[0].Aspects[0].Id, 9m)).EnsureSuccessStatusCode();

        await (await Client.SendAsync(HttpMethod.Put, $"/api/competitions/{competition.Id}/contestants/{contestant.Id}",
            new ContestantCorrectionRequest(contestant.Name, "随州职业技术学院", "改单位"), organizer))
            .AssertProblemCodeAsync(HttpStatusCode.Conflict, "contestant.conflict-with-marks");
        var view = await Client.GetAsync<CompetitionView>($"/api/competitions/{competition.Id}");
        Assert.Equal(contestant.Employer, view.Contestants.Single(c => c.Id == contestant.Id).Employer);
    }

    [Fact]
    public async Task A_replaced_judge_marks_no_more_their_counted_marks_stay_and_the_replacement_signs_in_with_a_new_pin()
    {
        var organizer = await Client.OrganizerTokenAsync();
        var competition = await Client.CreateCompetitionAsync(SampleCompetition.Request("更换裁判"));
        var leaving = competition.Judges[0];
        var token = await Client.JudgeTokenAsync(competition, 0);
        var measurement = competition.MarkingScheme.Modules[0].Aspects[0].Id;
        var contestant = competition.Contestants[0];
        (await Client.SubmitMarkAsync(competition.Id, token, contestant.Id, measurement, 8m)).EnsureSuccessStatusCode();

        var replacement = await ReadAsync<JudgeWithPin>(await Client.SendAsync(HttpMethod.Post,
            $"/api/competitions/{competition.Id}/judges/{leaving.Id}/replace", new JudgeReplacementRequest("刘洋", "市质量技术监督局", "陈静因病离场"), organizer),
            HttpStatusCode.Created);
        Assert.Matches("^[0-9]{8}$", replacement.Pin);

        // The leaver is signed out and cannot sign in again; their mark still counts.
        await (await Client.SubmitMarkAsync(competition.Id, token, competition.Contestants[1].Id, measurement, 9m)).AssertProblemAsync(HttpStatusCode.Unauthorized);
        await (await Client.SendAsync(HttpMethod.Post, "/api/auth/judge", new JudgeTokenRequest(competition.Id, leaving.Id, leaving.Pin), null))
            .AssertProblemCodeAsync(HttpStatusCode.Unauthorized, "auth.refused");
        Assert.Equal(8m, (await Client.LeaderboardAsync(competition.Id)).Rows.Single(r => r.ContestantId == contestant.Id).Total);

        var signIn = await Client.SendAsync(HttpMethod.Post, "/api/auth/judge", new JudgeTokenRequest(competition.Id, replacement.Id, replacement.Pin), null);
        var replacementToken = (await ReadAsync<TokenResponse>(signIn, HttpStatusCode.OK)).Token;
        (await Client.SubmitMarkAsync(competition.Id, replacementToken, competition.Contestants[1].Id, measurement, 9m)).EnsureSuccessStatusCode();

        var view = await Client.GetAsync<CompetitionView>($"/api/competitions/{competition.Id}");
        Assert.Equal(replacement.Id, view.Judges.Single(j => j.Id == leaving.Id).ReplacedBy);
        await (await Client.SendAsync(HttpMethod.Post, $"/api/competitions/{competition.Id}/judges/{leaving.Id}/replace",
            new JudgeReplacementRequest("又一位", "x", "再换"), organizer)).AssertProblemCodeAsync(HttpStatusCode.NotFound, "judge.not-found");
        var ledger = await Client.GetAsync<List<AuditEvent>>($"/api/competitions/{competition.Id}/audit", organizer);
        Assert.Contains(ledger, e => e.Type == "JudgeReplaced" && e.JudgeId == leaving.Id && e.Reason == "陈静因病离场");
        Assert.Single(ledger, e => e.Type == "Mark" && e.JudgeId == leaving.Id);

        // After a restart the state comes back from the rows and the ledger alike.
        var added = await ReadAsync<JudgeWithPin>(await Client.SendAsync(HttpMethod.Post, $"/api/competitions/{competition.Id}/judges",
            new JudgeEntryRequest("补充裁判", "市总工会技术协作委员会", Reason: "第二场增加评委"), organizer), HttpStatusCode.Created);
        Assert.Contains(await Client.GetAsync<List<AuditEvent>>($"/api/competitions/{competition.Id}/audit", organizer),
            e => e.Type == "JudgeAdded" && e.JudgeId == added.Id);
    }

    [Fact]
    public async Task In_draft_people_are_added_corrected_and_removed_without_a_ledger()
    {
        var organizer = await Client.OrganizerTokenAsync();
        var draft = await Client.CreateCompetitionAsync(SampleCompetition.Request("草稿修改"), start: false);
        var added = await ReadAsync<ContestantView>(await Client.SendAsync(HttpMethod.Post, $"/api/competitions/{draft.Id}/contestants",
            new ContestantEntryRequest("新选手", "齐星车身", Bib: "010"), organizer), HttpStatusCode.Created);
        Assert.Equal(HttpStatusCode.NoContent, (await Client.SendAsync(HttpMethod.Delete, $"/api/competitions/{draft.Id}/contestants/{added.Id}", null, organizer)).StatusCode);
        var judge = await ReadAsync<JudgeWithPin>(await Client.SendAsync(HttpMethod.Post, $"/api/competitions/{draft.Id}/judges",
            new JudgeEntryRequest("新裁判", "市总工会"), organizer), HttpStatusCode.Created);
        Assert.Equal(HttpStatusCode.NoContent, (await Client.SendAsync(HttpMethod.Delete, $"/api/competitions/{draft.Id}/judges/{judge.Id}", null, organizer)).StatusCode);
        var view = await Client.GetAsync<CompetitionView>($"/api/competitions/{draft.Id}");
        Assert.Equal(3, view.Contestants.Count);
        Assert.Equal(3, view.Judges.Count);
        Assert.Empty(await Client.GetAsync<List<AuditEvent>>($"/api/competitions/{draft.Id}/audit", organizer));
    }
}
