using System.Security.Claims;
using Competition.Data;
using Competition.Domain;
using Competition.Domain.Registration;
using Competition.Grains.Contracts;
using Competition.Server.Auth;
using Competition.Server.Competitions;
using Competition.Server.Problems;
using Competition.Server.Sheets;
using Competition.Server.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Competition.Server.Registration;

/// <summary>
/// Who takes part, one person at a time: in draft everything may change; once live a late contestant,
/// a correction, a withdrawal or absence, a judge added or replaced, each ledgered with who and why.
/// Nobody is removed once live, and no change may alter a counted mark.
/// </summary>
public static class RegistrationApi
{
    public static IEndpointRouteBuilder MapRegistrationApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/competitions/{id:long}").WithTags("Registration")
            .RequireAuthorization(Roles.Organizer)
            .RequireRunning()
            .AddEndpointFilterFactory(ValidationFilter.Create);
        group.MapPost("/contestants", AddContestantAsync).WithSummary("Register a contestant (late, with a reason, once live).");
        group.MapPut("/contestants/{contestantId:long}", CorrectContestantAsync).WithSummary("Correct a contestant's name or employer.");
        group.MapPost("/contestants/{contestantId:long}/withdraw", WithdrawAsync).WithSummary("Withdraw a contestant or record them absent: kept, out of the ranking.");
        group.MapDelete("/contestants/{contestantId:long}", RemoveContestantAsync).WithSummary("Remove a contestant from a draft.");
        group.MapPost("/judges", AddJudgeAsync).WithSummary("Register a judge; answers the PIN once.");
        group.MapPost("/judges/{judgeId:long}/replace", ReplaceJudgeAsync).WithSummary("Replace a judge: the replacement takes their panels, their counted marks stay.");
        group.MapDelete("/judges/{judgeId:long}", RemoveJudgeAsync).WithSummary("Remove a judge from a draft.");
        return app;
    }

    public static async Task<Results<Created<ContestantView>, ProblemHttpResult>> AddContestantAsync(
        long id, ContestantEntryRequest request, ClaimsPrincipal user, IGrainFactory grains, IDbContextFactory<CompetitionDbContext> contexts,
        RegistrationImporter registrar, AdminAuditLog audit, CancellationToken cancellationToken)
    {
        var competition = grains.Competition(id);
        await using var db = contexts.CreateDbContext();
        var entry = new ContestantEntry(0, request.Bib?.Trim() ?? "", request.Name.Trim(), request.Employer.Trim(), request.NationalId?.Trim() ?? "",
            request.OutOfRanking ? "是" : "否");
        var prepared = await registrar.PrepareAsync(db, [entry], (await competition.GetViewAsync())!, cancellationToken);
        var outcome = await competition.AddContestantAsync(prepared[0], request.Reason, user.Actor());
        if (outcome.Error is { } refused)
        {
            return ApiProblems.ToProblem(refused);
        }
        await audit.RecordAsync(user.Actor(), "competition.contestant-added", $"competition:{id}", $"contestant:{outcome.Value!.Ids[0]} {entry.Name}");
        var added = (await competition.GetViewAsync())!.Contestants.Single(c => c.Id == outcome.Value!.Ids[0]);
        return TypedResults.Created($"/api/competitions/{id}/contestants/{added.Id}", added);
    }

    public static async Task<Results<Ok<ContestantView>, ProblemHttpResult>> CorrectContestantAsync(
        long id, long contestantId, ContestantCorrectionRequest request, ClaimsPrincipal user, IGrainFactory grains, AdminAuditLog audit)
    {
        var competition = grains.Competition(id);
        var outcome = await competition.CorrectContestantAsync(contestantId, request.Name.Trim(), request.Employer.Trim(), request.Reason, user.Actor());
        return await ContestantAsync(competition, outcome, () => audit.RecordAsync(user.Actor(), "competition.contestant-corrected", $"competition:{id}", $"contestant:{contestantId}"));
    }

    public static async Task<Results<Ok<ContestantView>, ProblemHttpResult>> WithdrawAsync(
        long id, long contestantId, WithdrawalRequest request, ClaimsPrincipal user, IGrainFactory grains, AdminAuditLog audit)
    {
        var competition = grains.Competition(id);
        var outcome = await competition.WithdrawContestantAsync(contestantId, request.Kind, request.Reason, user.Actor());
        return await ContestantAsync(competition, outcome, () => audit.RecordAsync(user.Actor(), "competition.contestant-withdrawn", $"competition:{id}",
            $"contestant:{contestantId} {request.Kind}"));
    }

    public static Task<Results<NoContent, ProblemHttpResult>> RemoveContestantAsync(
        long id, long contestantId, ClaimsPrincipal user, IGrainFactory grains, AdminAuditLog audit) =>
        RemoveAsync(id, contestantId, null, user, grains, audit);

    public static async Task<Results<Created<JudgeWithPin>, ProblemHttpResult>> AddJudgeAsync(
        long id, JudgeEntryRequest request, ClaimsPrincipal user, IGrainFactory grains, RegistrationImporter registrar, AdminAuditLog audit)
    {
        var (judge, pin) = registrar.NewJudge(request.Name.Trim(), request.Employer.Trim(), request.IsChief, user.Actor());
        var competition = grains.Competition(id);
        var outcome = await competition.AddJudgeAsync(judge, request.Reason, user.Actor());
        return await JudgeAsync(id, competition, outcome, pin, () => audit.RecordAsync(user.Actor(), "competition.judge-added", $"competition:{id}", $"judge:{outcome.Value!.Ids[0]}"));
    }

    /// <summary>The replacement's PIN is answered once; the judge who leaves is signed out at once.</summary>
    public static async Task<Results<Created<JudgeWithPin>, ProblemHttpResult>> ReplaceJudgeAsync(
        long id, long judgeId, JudgeReplacementRequest request, ClaimsPrincipal user, IGrainFactory grains, RegistrationImporter registrar,
        Sessions sessions, AdminAuditLog audit)
    {
        var (judge, pin) = registrar.NewJudge(request.Name.Trim(), request.Employer.Trim(), isChief: false, user.Actor());
        var competition = grains.Competition(id);
        var outcome = await competition.ReplaceJudgeAsync(judgeId, judge, request.Reason, user.Actor());
        return await JudgeAsync(id, competition, outcome, pin, async () =>
        {
            await sessions.SignOutAsync($"judge:{judgeId}");
            await audit.RecordAsync(user.Actor(), "competition.judge-replaced", $"competition:{id}", $"judge:{judgeId} → judge:{outcome.Value!.Ids[0]}");
        });
    }

    public static Task<Results<NoContent, ProblemHttpResult>> RemoveJudgeAsync(
        long id, long judgeId, ClaimsPrincipal user, IGrainFactory grains, AdminAuditLog audit) =>
        RemoveAsync(id, null, judgeId, user, grains, audit);

    private static async Task<Results<NoContent, ProblemHttpResult>> RemoveAsync(
        long id, long? contestantId, long? judgeId, ClaimsPrincipal user, IGrainFactory grains, AdminAuditLog audit)
    {
        if ((await grains.Competition(id).RemoveAsync(contestantId, judgeId, user.Actor())).Error is { } refused)
        {
            return ApiProblems.ToProblem(refused);
        }
        await audit.RecordAsync(user.Actor(), "competition.registration-removed", $"competition:{id}",
            contestantId is { } c ? $"contestant:{c}" : $"judge:{judgeId}");
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<ContestantView>, ProblemHttpResult>> ContestantAsync(
        ICompetitionGrain competition, Outcome<RosterChange> outcome, Func<Task> recordAudit)
    {
        if (outcome.Error is { } refused)
        {
            return ApiProblems.ToProblem(refused);
        }
        await recordAudit();
        return TypedResults.Ok((await competition.GetViewAsync())!.Contestants.Single(c => c.Id == outcome.Value!.Ids[0]));
    }

    private static async Task<Results<Created<JudgeWithPin>, ProblemHttpResult>> JudgeAsync(
        long id, ICompetitionGrain competition, Outcome<RosterChange> outcome, string pin, Func<Task> recordAudit)
    {
        if (outcome.Error is { } refused)
        {
            return ApiProblems.ToProblem(refused);
        }
        await recordAudit();
        var judge = (await competition.GetViewAsync())!.Judges.Single(j => j.Id == outcome.Value!.Ids[0]);
        return TypedResults.Created($"/api/competitions/{id}", new JudgeWithPin(judge.Id, judge.Name, judge.Employer, judge.IsChief, pin));
    }
}
