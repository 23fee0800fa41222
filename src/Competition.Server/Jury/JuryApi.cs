using System.Security.Claims;
using Competition.Domain.Judging;
using Competition.Domain.Moderation;
using Competition.Grains.Contracts;
using Competition.Server.Auth;
using Competition.Server.Problems;
using Competition.Server.Promotions;
using Competition.Server.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Competition.Server.Jury;

/// <summary>
/// The chief judge's work on one competition: moderation of disputed aspects, module and result locks,
/// completeness and judge drift. Reports are open to organizers too; decisions are the chief judge's.
/// </summary>
public static class JuryApi
{
    public static IEndpointRouteBuilder MapJuryApi(this IEndpointRouteBuilder app)
    {
        var jury = app.MapGroup("/api/competitions/{id:long}").WithTags("Jury")
            .RequireAuthorization(Roles.Jury)
            .RequireJury()
            .AddEndpointFilterFactory(ValidationFilter.Create);
        jury.MapGet("/moderation", GetModerationAsync).WithSummary("Disputed aspects and re-scores under way, with the panel's raw scores.");
        jury.MapGet("/completeness", GetCompletenessAsync).WithSummary("Marks still missing: contestant, aspect, and the judges who owe them.");
        jury.MapGet("/drift", GetDriftAsync).WithSummary("Each judge's deviation from panel consensus per aspect; flagged beyond the tolerance.");
        jury.MapGet("/judges/records", ListJudgeRecordsAsync)
            .WithSummary("Every judge's record here: assignment marked, drift from the panel, moderation outcomes, PIN lock-out.");
        jury.MapGet("/judges/{judgeId:long}/record", GetJudgeRecordAsync).WithSummary("One judge's record here.");

        var chief = app.MapGroup("/api/competitions/{id:long}").WithTags("Jury")
            .RequireAuthorization(Roles.ChiefJudge)
            .RequireChief()
            .AddEndpointFilterFactory(ValidationFilter.Create);
        chief.MapPost("/moderation/rescore", RequestRescoreAsync).WithSummary("Ask the panel to score a disputed aspect again.");
        chief.MapPost("/moderation/resolve", ResolveAsync).WithSummary("Resolve a disputed aspect with a reason (and optionally an agreed score).");
        chief.MapPost("/modules/{moduleId:long}/lock", LockModuleAsync).WithSummary("Lock a module: its marks change only by approved correction.");
        chief.MapPost("/results/lock", LockResultsAsync).WithSummary("Finalise the results; with marks missing, the reason is required.");
        return app;
    }

    public static async Task<Ok<IReadOnlyList<ModerationItem>>> GetModerationAsync(long id, IGrainFactory grains) =>
        TypedResults.Ok(await grains.Competition(id).GetModerationQueueAsync());

    public static async Task<Ok<IReadOnlyList<MissingMark>>> GetCompletenessAsync(long id, IGrainFactory grains) =>
        TypedResults.Ok(await grains.Competition(id).GetMissingMarksAsync());

    public static async Task<Ok<IReadOnlyList<JudgeDrift>>> GetDriftAsync(long id, IGrainFactory grains) =>
        TypedResults.Ok(await grains.Competition(id).GetDriftAsync());

    public static async Task<Results<Ok<IReadOnlyList<JudgeRecordView>>, ProblemHttpResult>> ListJudgeRecordsAsync(long id, IGrainFactory grains)
    {
        if (await grains.Competition(id).GetViewAsync() is not { } competition)
        {
            return Outcomes.CompetitionNotFound(id);
        }
        // Each judge's grain holds their sign-in state; the competition grain answers their marks.
        var records = await Task.WhenAll(competition.Judges.Select(j => grains.Judge(j.Id).GetRecordAsync()));
        return TypedResults.Ok<IReadOnlyList<JudgeRecordView>>(records.OfType<JudgeRecordView>().ToList());
    }

    public static async Task<Results<Ok<JudgeRecordView>, ProblemHttpResult>> GetJudgeRecordAsync(long id, long judgeId, IGrainFactory grains) =>
        await grains.Judge(judgeId).GetRecordAsync() is { } record && record.CompetitionId == id
            ? TypedResults.Ok(record)
            : ApiProblems.NotFound("judge.not-found", $"Competition {id} has no judge {judgeId}.");

    public static async Task<Results<Ok<Recorded>, ProblemHttpResult>> RequestRescoreAsync(
        long id, RescoreRequest request, ClaimsPrincipal user, IGrainFactory grains) =>
        (await grains.Competition(id).RequestRescoreAsync(request.ContestantId, request.AspectId, request.Reason, user.Actor())).ToHttp();

    public static async Task<Results<Ok<Recorded>, ProblemHttpResult>> ResolveAsync(
        long id, ResolutionRequest request, ClaimsPrincipal user, IGrainFactory grains) =>
        (await grains.Competition(id).ResolveAsync(request.ContestantId, request.AspectId, request.AgreedScore, request.Reason, user.Actor())).ToHttp();

    public static async Task<Results<Ok<Recorded>, ProblemHttpResult>> LockModuleAsync(
        long id, long moduleId, LockRequest? request, ClaimsPrincipal user, IGrainFactory grains) =>
        (await grains.Competition(id).LockModuleAsync(moduleId, request?.Reason, user.Actor())).ToHttp();

    /// <summary>Locks the results; when promotion rules are linked, drafts the assessments they give at once.</summary>
    public static async Task<Results<Ok<Recorded>, ProblemHttpResult>> LockResultsAsync(
        long id, LockRequest? request, ClaimsPrincipal user, IGrainFactory grains, PromotionDrafter drafter, ILogger<PromotionDrafter> logger)
    {
        var outcome = await grains.Competition(id).LockResultsAsync(request?.Reason, user.Actor());
        if (outcome.Error is null)
        {
            // The lock stands whatever drafting does; an organizer can draft again from the promotion page.
            var drafted = await drafter.DraftAsync(id, user.Actor(), CancellationToken.None);
            if (drafted.Error is { Code: not "promotion.not-linked" } error)
            {
                logger.LogWarning("Results of competition {Id} locked, but assessments were not drafted: {Reason}", id, error.Message);
            }
        }
        return outcome.ToHttp();
    }
}
