using System.Net;
using System.Net.Http.Json;
using Competition.Domain.Competitions;
using Competition.Domain.Judging;
using Competition.Domain.Moderation;
using Competition.Domain.Rules;
using Competition.Grains.Contracts;
using Competition.Server.Accounts;
using Competition.Server.Audit;
using Competition.Server.Auth;
using Competition.Server.Competitions;
using Competition.Server.Jury;
using Competition.Server.Problems;
using Competition.Testing;
using Microsoft.EntityFrameworkCore;

namespace Competition.IntegrationTests;

/// <summary>The marking rules of real competitions, through the public API.</summary>
public sealed class ScoringEngineTests(SharedPlatform platform)
{
    private PlatformClient Client => platform.Client;

    private static CreateCompetitionRequest WithChief(string name, int contestants = 3) =>
        SampleCompetition.Request(name, contestants).WithChief();

    [Fact]
    public async Task A_judge_marking_a_contestant_of_their_own_employer_is_refused_and_left_off_the_panel()
    {
        var request = SampleCompetition.Request("利益冲突测试");
        var competition = await Client.CreateCompetitionAsync(request with { Judges = [.. request.Judges!, new JudgeRequest("刘洋", "齐星车身")] });
        var conflicted = await Client.JudgeTokenAsync(competition, 3);
        var colleague = competition.Contestants.First(c => c.Employer == "齐星车身");
        var judgement = competition.MarkingScheme.Modules[0].Aspects[1];

        var refused = await Client.SubmitMarkAsync(competition.Id, conflicted, colleague.Id, judgement.Id, 3m);

        var problem = await refused.AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("judge.conflict-of-interest", problem.GetProperty("code").GetString());
        Assert.Contains("own employer", problem.GetProperty("title").GetString());
        Assert.Equal(1, (await Client.LeaderboardAsync(competition.Id)).Version);
        var missing = await Client.GetAsync<List<MissingMark>>($"/api/competitions/{competition.Id}/completeness", await Client.OrganizerTokenAsync());
        Assert.DoesNotContain(competition.Judges[3].Id, missing.Single(m => m.ContestantId == colleague.Id && m.AspectId == judgement.Id).JudgeIds);
    }

    [Fact]
    public async Task Scores_too_far_apart_wait_for_the_chief_judge_who_has_the_panel_rescore_or_resolves_with_a_reason()
    {
        var competition = await Client.CreateCompetitionAsync(WithChief("评分分歧测试"));
        var judges = await Task.WhenAll(Enumerable.Range(0, 3).Select(i => Client.JudgeTokenAsync(competition, i)));
        var chief = await Client.ChiefTokenAsync(competition);
        var judgement = competition.MarkingScheme.Modules[0].Aspects[1];
        var (first, second) = (competition.Contestants[0].Id, competition.Contestants[1].Id);
        foreach (var contestant in new[] { first, second })
        {
            foreach (var (token, score) in judges.Zip([3m, 1m, 2m]))
            {
                (await Client.SubmitMarkAsync(competition.Id, token, contestant, judgement.Id, score)).EnsureSuccessStatusCode();
            }
        }

        var queue = await Client.GetAsync<List<ModerationItem>>($"/api/competitions/{competition.Id}/moderation", chief);
        Assert.Equal(2, queue.Count);
        Assert.All(queue, item => Assert.Equal((ModerationState.Disputed, 2m), (item.State, item.Spread)));
        Assert.Equal([3m, 1m, 2m], queue[0].Scores.OrderBy(s => s.Key).Select(s => s.Value));
        Assert.All((await Client.LeaderboardAsync(competition.Id)).Rows, r => Assert.Equal(0m, r.Total));

        // A judge may not moderate; the chief judge must give a reason.
        await (await Client.SendAsync(HttpMethod.Post, $"/api/competitions/{competition.Id}/moderation/rescore", new RescoreRequest(first, judgement.Id, "3 against 1"), judges[0]))
            .AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await Client.SendAsync(HttpMethod.Post, $"/api/competitions/{competition.Id}/moderation/rescore", new RescoreRequest(first, judgement.Id, ""), chief))
            .AssertProblemCodeAsync(HttpStatusCode.BadRequest, "validation");

        (await Client.SendAsync(HttpMethod.Post, $"/api/competitions/{competition.Id}/moderation/rescore", new RescoreRequest(first, judgement.Id, "3 against 1: look again"), chief)).EnsureSuccessStatusCode();
        (await Client.SendAsync(HttpMethod.Post, $"/api/competitions/{competition.Id}/moderation/resolve", new ResolutionRequest(second, judgement.Id, "panel agreed on level 2 after discussion", 2m), chief)).EnsureSuccessStatusCode();

        var rescoring = Assert.Single(await Client.GetAsync<List<ModerationItem>>($"/api/competitions/{competition.Id}/moderation", chief));
        Assert.Equal(ModerationState.Rescoring, rescoring.State);
        Assert.Equal(competition.Judges.Take(3).Select(j => j.Id), rescoring.AwaitingJudges);
        // Re-scores need no reason of their own: the chief judge's request is it.
        foreach (var token in judges)
        {
            (await Client.SubmitMarkAsync(competition.Id, token, first, judgement.Id, 2m)).EnsureSuccessStatusCode();
        }

        Assert.Empty(await Client.GetAsync<List<ModerationItem>>($"/api/competitions/{competition.Id}/moderation", chief));
        var board = await Client.LeaderboardAsync(competition.Id);
        Assert.Equal(6m, board.Rows.Single(r => r.ContestantId == first).Total);
        Assert.Equal(6m, board.Rows.Single(r => r.ContestantId == second).Total);
        // The raw scores stay in the ledger.
        var history = await Client.GetAsync<List<AuditEvent>>($"/api/competitions/{competition.Id}/audit?contestantId={second}&aspectId={judgement.Id}", chief);
        Assert.Equal(["Mark", "Mark", "Mark", "Resolution"], history.Select(e => e.Type));
        Assert.Equal("panel agreed on level 2 after discussion", history[^1].Reason);
    }

    [Fact]
    public async Task After_a_lock_a_change_takes_the_chief_judge_a_reason_and_a_second_organizer()
    {
        var competition = await Client.CreateCompetitionAsync(WithChief("锁定与更正测试"));
        var judge = await Client.JudgeTokenAsync(competition);
        var chief = await Client.ChiefTokenAsync(competition);
        var practical = competition.MarkingScheme.Modules[0];
        var contestant = competition.Contestants[0].Id;
        var measurement = practical.Aspects[0].Id;
        (await Client.SubmitMarkAsync(competition.Id, judge, contestant, measurement, 10m)).EnsureSuccessStatusCode();

        await (await Client.SendAsync(HttpMethod.Post, $"/api/competitions/{competition.Id}/modules/{practical.Id}/lock", new LockRequest(), judge))
            .AssertProblemAsync(HttpStatusCode.Forbidden);
        (await Client.SendAsync(HttpMethod.Post, $"/api/competitions/{competition.Id}/modules/{practical.Id}/lock", new LockRequest("module 1 marked"), chief)).EnsureSuccessStatusCode();

        var amended = await Client.SubmitMarkAsync(competition.Id, judge, contestant, measurement, 8m, reason: "misread the gauge");
        await amended.AssertProblemCodeAsync(HttpStatusCode.Conflict, "module.locked");

        var correction = new CorrectionRequest(competition.Judges[0].Id, contestant, measurement, 8m, "gauge re-read by the chief judge and the judge");
        await (await Client.SendAsync(HttpMethod.Post, $"/api/competitions/{competition.Id}/corrections", correction, judge)).AssertProblemAsync(HttpStatusCode.Forbidden);
        var proposed = await (await Client.SendAsync(HttpMethod.Post, $"/api/competitions/{competition.Id}/corrections", correction, chief)).Content.ReadFromJsonAsync<Recorded>(PlatformClient.Json, TestContext.Current.CancellationToken);
        var pending = Assert.Single(await Client.GetAsync<List<CorrectionProposal>>($"/api/competitions/{competition.Id}/corrections", chief));
        Assert.Equal((proposed!.Sequence, 8m), (pending.Sequence, pending.Value));
        Assert.Equal(10m, (await Client.LeaderboardAsync(competition.Id)).Rows[0].Total);

        // The chief judge cannot approve their own proposal, nor can the organizer who was given the chief's PIN
        // (who could have proposed it as the chief); a second organizer does.
        await (await Client.SendAsync(HttpMethod.Post, $"/api/competitions/{competition.Id}/corrections/{pending.Sequence}/approve", null, chief))
            .AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await Client.SendAsync(HttpMethod.Post, $"/api/competitions/{competition.Id}/corrections/{pending.Sequence}/approve", null,
            await Client.OrganizerTokenAsync())).AssertProblemCodeAsync(HttpStatusCode.Conflict, "correction.pin-holder");
        var second = await SecondOrganizerTokenAsync();
        (await Client.SendAsync(HttpMethod.Post, $"/api/competitions/{competition.Id}/corrections/{pending.Sequence}/approve", null, second)).EnsureSuccessStatusCode();
        await (await Client.SendAsync(HttpMethod.Post, $"/api/competitions/{competition.Id}/corrections/{pending.Sequence}/approve", null, second))
            .AssertProblemCodeAsync(HttpStatusCode.NotFound, "correction.not-found");

        Assert.Equal(8m, (await Client.LeaderboardAsync(competition.Id)).Rows.Single(r => r.ContestantId == contestant).Total);
        Assert.Equal(8m, Assert.Single(await Client.GetAsync<List<RecordedMark>>($"/api/competitions/{competition.Id}/marks/mine", judge)).Value);
        var history = await Client.GetAsync<List<AuditEvent>>($"/api/competitions/{competition.Id}/audit?contestantId={contestant}&aspectId={measurement}", second);
        Assert.Equal(["Mark", "CorrectionProposed", "CorrectionApproved"], history.Select(e => e.Type));
        Assert.Equal($"judge:{competition.Judges[^1].Id}", history[1].Actor);
        Assert.StartsWith("account:", history[2].Actor);
    }

    [Fact]
    public async Task Results_lock_needs_every_mark_or_a_reason_and_then_carries_the_awards()
    {
        var request = WithChief("成绩与奖项测试", contestants: 5);
        var competition = await Client.CreateCompetitionAsync(request with
        {
            Contestants = [.. request.Contestants!.Take(4), request.Contestants![4] with { OutOfRanking = true }],
            Rules = CompetitionRules.Default with { StandardisedScale = true, Awards = new AwardRules { Titles = new Dictionary<Award, string> { [Award.Gold] = "技术能手" } } },
        });
        var judge = await Client.JudgeTokenAsync(competition);
        var chief = await Client.ChiefTokenAsync(competition);
        var measurement = competition.MarkingScheme.Modules[0].Aspects[0].Id;
        foreach (var (contestant, value) in competition.Contestants.Zip([8m, 10m, 4m, 6m, 9m]))
        {
            (await Client.SubmitMarkAsync(competition.Id, judge, contestant.Id, measurement, value)).EnsureSuccessStatusCode();
        }

        await (await Client.SendAsync(HttpMethod.Post, $"/api/competitions/{competition.Id}/results/lock", new LockRequest(), chief))
            .AssertProblemCodeAsync(HttpStatusCode.Conflict, "results.incomplete");
        (await Client.SendAsync(HttpMethod.Post, $"/api/competitions/{competition.Id}/results/lock", new LockRequest("judgement and safety modules cancelled: power cut"), chief)).EnsureSuccessStatusCode();

        var results = await Client.GetAsync<ResultsView>($"/api/competitions/{competition.Id}/results");
        Assert.True(results.Final);
        Assert.Equal([competition.Contestants[1].Id, competition.Contestants[4].Id, competition.Contestants[0].Id, competition.Contestants[3].Id, competition.Contestants[2].Id],
            results.Rows.Select(r => r.ContestantId));
        Assert.Equal([1, null, 2, 3, 4], results.Rows.Select(r => r.Rank));
        Assert.Equal([Award.Gold, null, Award.Silver, Award.Bronze, null], results.Rows.Select(r => r.Award));
        Assert.Equal("技术能手", results.Rows[0].Title);
        Assert.All(results.Rows.Where(r => r.Rank is not null), r => Assert.NotNull(r.Standardised));
        Assert.Null(results.Rows[1].Standardised);
        await (await Client.SubmitMarkAsync(competition.Id, judge, competition.Contestants[0].Id, competition.MarkingScheme.Modules[1].Aspects[0].Id, 5m))
            .AssertProblemCodeAsync(HttpStatusCode.Conflict, "results.locked");
    }

    [Fact]
    public async Task A_ledger_row_altered_in_the_database_is_found_by_the_audit()
    {
        var competition = await Client.CreateCompetitionAsync(WithChief("账本篡改测试"));
        var judge = await Client.JudgeTokenAsync(competition);
        var organizer = await Client.OrganizerTokenAsync();
        var measurement = competition.MarkingScheme.Modules[0].Aspects[0].Id;
        foreach (var (contestant, value) in competition.Contestants.Zip([4m, 8m, 6m]))
        {
            (await Client.SubmitMarkAsync(competition.Id, judge, contestant.Id, measurement, value)).EnsureSuccessStatusCode();
        }
        var intact = await Client.GetAsync<AuditVerification>($"/api/competitions/{competition.Id}/audit/verify", organizer);
        Assert.Equal(new AuditVerification(true, 4, null, null), intact);

        // Someone with database access raises contestant 1's mark behind the platform's back.
        await using (var db = platform.Factory.Database.Contexts().CreateDbContext())
        {
            Assert.Equal(1, await db.LedgerEvents.Where(e => e.CompetitionId == competition.Id && e.Sequence == 2)
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.Value, 10.0m), TestContext.Current.CancellationToken));
        }

        var verification = await Client.GetAsync<AuditVerification>($"/api/competitions/{competition.Id}/audit/verify", organizer);
        Assert.False(verification.Intact);
        Assert.Equal(2, verification.FirstBrokenSequence);
        Assert.Contains("altered", verification.Reason);
    }

    [Fact]
    public async Task Rules_and_panels_are_set_in_draft_and_fixed_once_live()
    {
        var competition = await Client.CreateCompetitionAsync(WithChief("规则与分组测试"), start: false);
        var organizer = await Client.OrganizerTokenAsync();
        var judgement = competition.MarkingScheme.Modules[0].Aspects[1];
        var safety = competition.MarkingScheme.Modules[1];
        var rules = CompetitionRules.Default with { TieBreaks = [new(TieBreakKind.Module, safety.Id)], DisagreementThreshold = 2m };
        var panels = new PanelsDefinition([new AspectPanelView(judgement.Id, [competition.Judges[0].Id, competition.Judges[1].Id])], []);

        await (await Client.SendAsync(HttpMethod.Put, $"/api/competitions/{competition.Id}/rules", rules with { TieBreaks = [new(TieBreakKind.Module, 999_999)] }, organizer))
            .AssertProblemCodeAsync(HttpStatusCode.BadRequest, "rules.invalid");
        (await Client.SendAsync(HttpMethod.Put, $"/api/competitions/{competition.Id}/rules", rules, organizer)).EnsureSuccessStatusCode();
        var view = await (await Client.SendAsync(HttpMethod.Put, $"/api/competitions/{competition.Id}/panels", panels, organizer))
            .Content.ReadFromJsonAsync<CompetitionView>(PlatformClient.Json, TestContext.Current.CancellationToken);
        Assert.Equal(2m, view!.Rules.DisagreementThreshold);
        Assert.Equal([competition.Judges[0].Id, competition.Judges[1].Id], Assert.Single(view.Panels).JudgeIds);

        (await Client.SendAsync(HttpMethod.Post, $"/api/competitions/{competition.Id}/start", null, organizer)).EnsureSuccessStatusCode();
        var third = await Client.JudgeTokenAsync(competition, 2);
        var refused = await Client.SubmitMarkAsync(competition.Id, third, competition.Contestants[0].Id, judgement.Id, 2m);
        await refused.AssertProblemCodeAsync(HttpStatusCode.Forbidden, "judge.not-on-panel");
        await (await Client.SendAsync(HttpMethod.Put, $"/api/competitions/{competition.Id}/rules", rules, organizer))
            .AssertProblemCodeAsync(HttpStatusCode.Conflict, "competition.not-draft");
        // Scores 3 and 1 are within this competition's threshold of 2: no moderation.
        foreach (var (i, score) in new[] { (0, 3m), (1, 1m) })
        {
            (await Client.SubmitMarkAsync(competition.Id, await Client.JudgeTokenAsync(competition, i), competition.Contestants[0].Id, judgement.Id, score)).EnsureSuccessStatusCode();
        }
        Assert.Equal(6m, (await Client.LeaderboardAsync(competition.Id)).Rows[0].Total);
    }

    [Fact]
    public async Task Theory_scores_and_completion_times_are_imported_and_count()
    {
        var competition = await Client.CreateCompetitionAsync(SampleCompetition.Request("理论成绩测试") with
        {
            Rules = CompetitionRules.Default with { Theory = new TheoryComponent(0.3m) },
        });
        var organizer = await Client.OrganizerTokenAsync();
        var ids = competition.Contestants.Select(c => c.Id).ToArray();

        await (await Client.SendAsync(HttpMethod.Post, $"/api/competitions/{competition.Id}/theory", new FiguresRequest([new(ids[0], 120m)]), organizer))
            .AssertProblemCodeAsync(HttpStatusCode.BadRequest, "import.out-of-range");
        (await Client.SendAsync(HttpMethod.Post, $"/api/competitions/{competition.Id}/theory", new FiguresRequest([new(ids[0], 80m), new(ids[1], 80m), new(ids[2], 70m)]), organizer)).EnsureSuccessStatusCode();
        (await Client.SendAsync(HttpMethod.Post, $"/api/competitions/{competition.Id}/completion-times", new FiguresRequest([new(ids[0], 58m), new(ids[1], 52m)]), organizer)).EnsureSuccessStatusCode();

        var board = await Client.LeaderboardAsync(competition.Id);
        // Contestants 1 and 2 tie on 24; the faster (2) is ahead.
        Assert.Equal([(1, ids[1], 24m), (2, ids[0], 24m), (3, ids[2], 21m)], board.Rows.Select(r => (r.Rank!.Value, r.ContestantId, r.Total)));
        // Not final yet: only the jury sees results.
        await (await Client.SendAsync(HttpMethod.Get, $"/api/competitions/{competition.Id}/results", null, null))
            .AssertProblemCodeAsync(HttpStatusCode.Forbidden, "results.not-published");
        var results = await Client.GetAsync<ResultsView>($"/api/competitions/{competition.Id}/results", organizer);
        Assert.Equal((80m, 52m), (results.Rows[0].Theory, results.Rows[0].CompletionMinutes));
    }

    [Fact]
    public async Task A_judge_far_from_the_panel_is_flagged_while_marking_is_open()
    {
        var competition = await Client.CreateCompetitionAsync(SampleCompetition.Request("裁判偏差测试", contestants: 4));
        var judges = await Task.WhenAll(Enumerable.Range(0, 3).Select(i => Client.JudgeTokenAsync(competition, i)));
        var graded = competition.MarkingScheme.Modules[1].Aspects[0].Id;
        foreach (var contestant in competition.Contestants)
        {
            foreach (var (token, value) in judges.Zip([2m, 2.5m, 5.5m]))
            {
                (await Client.SubmitMarkAsync(competition.Id, token, contestant.Id, graded, value)).EnsureSuccessStatusCode();
            }
        }

        var drift = await Client.GetAsync<List<JudgeDrift>>($"/api/competitions/{competition.Id}/drift", await Client.OrganizerTokenAsync());

        Assert.Equal([competition.Judges[2].Id], drift.Where(d => d.Flagged).Select(d => d.JudgeId));
        Assert.Equal(4, drift.Single(d => d.JudgeId == competition.Judges[2].Id).Compared);
    }

    [Fact]
    public async Task Each_judges_record_shows_what_they_marked_their_drift_what_moderation_made_of_it_and_a_locked_pin()
    {
        var competition = await Client.CreateCompetitionAsync(WithChief("裁判记录测试", contestants: 2));
        var judges = await Task.WhenAll(Enumerable.Range(0, 3).Select(i => Client.JudgeTokenAsync(competition, i)));
        var chief = await Client.ChiefTokenAsync(competition);
        var judgement = competition.MarkingScheme.Modules[0].Aspects[1].Id;
        var (first, second) = (competition.Contestants[0].Id, competition.Contestants[1].Id);
        // Judge 3 scores both contestants two levels above the other two: both aspects are disputed.
        foreach (var contestant in new[] { first, second })
        {
            foreach (var (token, score) in judges.Zip([1m, 1m, 3m]))
            {
                (await Client.SubmitMarkAsync(competition.Id, token, contestant, judgement, score)).EnsureSuccessStatusCode();
            }
        }
        (await Client.SendAsync(HttpMethod.Post, $"/api/competitions/{competition.Id}/moderation/resolve",
            new ResolutionRequest(first, judgement, "level 1 agreed after viewing the piece", 1m), chief)).EnsureSuccessStatusCode();
        var lockedJudge = competition.Judges[0];
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await Client.Http.PostAsJsonAsync("/api/auth/judge", new JudgeTokenRequest(competition.Id, lockedJudge.Id, "000000"), PlatformClient.Json, TestContext.Current.CancellationToken);
        }

        var records = await Client.GetAsync<List<JudgeRecordView>>($"/api/competitions/{competition.Id}/judges/records", chief);

        Assert.Equal(competition.Judges.Select(j => j.Id), records.Select(r => r.Judge.Id));
        var wayward = records[2].Record;
        // Two contestants, three aspects: six to mark, two marked, one resolved on another score and one still disputed.
        Assert.Equal((6, 2, 2, 1, 1, 0), (wayward.Assigned, wayward.Marked, wayward.Entries, wayward.Disputed, wayward.Overruled, wayward.RescoresOwed));
        Assert.True(Assert.Single(wayward.Drift).Flagged);
        Assert.False(Assert.Single(records[0].Record.Drift).Flagged);
        Assert.NotNull(records[0].LockedOutUntil);
        Assert.Null(records[1].LockedOutUntil);
        var chiefRecord = records[3];
        Assert.True(chiefRecord.Judge.IsChief);
        Assert.Equal((0, 0), (chiefRecord.Record.Assigned, chiefRecord.Record.Entries));
        // The organizer reads one record; a judge of another competition is not found here.
        var one = await Client.GetAsync<JudgeRecordView>($"/api/competitions/{competition.Id}/judges/{competition.Judges[1].Id}/record", await Client.OrganizerTokenAsync());
        Assert.Equal((competition.Id, 0, 1), (one.CompetitionId, one.Record.Overruled, one.Record.ResolvedAsMarked));
        var other = await Client.CreateCompetitionAsync(SampleCompetition.Request("裁判记录测试二"));
        await (await Client.SendAsync(HttpMethod.Get, $"/api/competitions/{competition.Id}/judges/{other.Judges[0].Id}/record", null, chief))
            .AssertProblemCodeAsync(HttpStatusCode.NotFound, "judge.not-found");
    }

    [Fact]
    public async Task Whoever_reset_the_chief_judges_pin_holds_it_and_cannot_approve_the_chiefs_correction()
    {
        var competition = await Client.CreateCompetitionAsync(WithChief("PIN持有人测试"));
        var judge = await Client.JudgeTokenAsync(competition);
        var practical = competition.MarkingScheme.Modules[0];
        var (contestant, measurement) = (competition.Contestants[0].Id, practical.Aspects[0].Id);
        (await Client.SubmitMarkAsync(competition.Id, judge, contestant, measurement, 10m)).EnsureSuccessStatusCode();
        var second = await SecondOrganizerTokenAsync();
        var chiefJudge = competition.Judges.Single(j => j.IsChief);
        var reset = (await (await Client.SendAsync(HttpMethod.Post, $"/api/competitions/{competition.Id}/judges/{chiefJudge.Id}/pin", null, second))
            .EnsureSuccessStatusCode().Content.ReadFromJsonAsync<PinReset>(PlatformClient.Json, TestContext.Current.CancellationToken))!;
        var signIn = await Client.Http.PostAsJsonAsync("/api/auth/judge", new JudgeTokenRequest(competition.Id, chiefJudge.Id, reset.Pin),
            PlatformClient.Json, TestContext.Current.CancellationToken);
        var chief = (await signIn.Content.ReadFromJsonAsync<TokenResponse>(PlatformClient.Json, TestContext.Current.CancellationToken))!.Token;
        (await Client.SendAsync(HttpMethod.Post, $"/api/competitions/{competition.Id}/modules/{practical.Id}/lock", new LockRequest("module 1 marked"), chief))
            .EnsureSuccessStatusCode();
        var proposed = await (await Client.SendAsync(HttpMethod.Post, $"/api/competitions/{competition.Id}/corrections",
                new CorrectionRequest(competition.Judges[0].Id, contestant, measurement, 9m, "re-measured with the chief judge"), chief))
            .Content.ReadFromJsonAsync<Recorded>(PlatformClient.Json, TestContext.Current.CancellationToken);
        var approve = $"/api/competitions/{competition.Id}/corrections/{proposed!.Sequence}/approve";

        // The new PIN went to the second organizer: now they are the one who could have proposed it.
        await (await Client.SendAsync(HttpMethod.Post, approve, null, second)).AssertProblemCodeAsync(HttpStatusCode.Conflict, "correction.pin-holder");
        (await Client.SendAsync(HttpMethod.Post, approve, null, await Client.OrganizerTokenAsync())).EnsureSuccessStatusCode();
        Assert.Equal(9m, (await Client.LeaderboardAsync(competition.Id)).Rows.Single(r => r.ContestantId == contestant).Total);
    }

    [Fact]
    public async Task The_jury_api_is_closed_to_judges_other_competitions_and_anonymous_callers()
    {
        var competition = await Client.CreateCompetitionAsync(WithChief("权限测试"));
        var other = await Client.CreateCompetitionAsync(WithChief("权限测试二"));
        var path = $"/api/competitions/{competition.Id}/moderation";

        await (await Client.SendAsync(HttpMethod.Get, path, null, null)).AssertProblemAsync(HttpStatusCode.Unauthorized);
        await (await Client.SendAsync(HttpMethod.Get, path, null, await Client.JudgeTokenAsync(competition))).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await Client.SendAsync(HttpMethod.Get, path, null, await Client.ChiefTokenAsync(other))).AssertProblemCodeAsync(HttpStatusCode.Forbidden, "judge.other-competition");
        await (await Client.SendAsync(HttpMethod.Get, $"/api/competitions/{competition.Id}/audit", null, await Client.JudgeTokenAsync(competition))).AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Empty(await Client.GetAsync<List<ModerationItem>>(path, await Client.ChiefTokenAsync(competition)));
        Assert.Empty(await Client.GetAsync<List<ModerationItem>>(path, await Client.OrganizerTokenAsync()));
    }

    private async Task<string> SecondOrganizerTokenAsync()
    {
        var username = $"approver-{Guid.NewGuid():N}"[..20];
        (await Client.SendAsync(HttpMethod.Post, "/api/accounts", new CreateAccountRequest(username, "second-person-password", "organizer"), await Client.OrganizerTokenAsync()))
            .EnsureSuccessStatusCode();
        var response = await Client.Http.PostAsJsonAsync("/api/auth/token", new TokenRequest(username, "second-person-password"), PlatformClient.Json);
        return (await response.Content.ReadFromJsonAsync<TokenResponse>(PlatformClient.Json))!.Token;
    }
}
