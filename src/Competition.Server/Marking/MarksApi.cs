using System.Security.Claims;
using Competition.Grains.Contracts;
using Competition.Server.Auth;
using Competition.Server.Problems;
using Competition.Server.Security;
using Competition.Server.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Competition.Server.Marking;

/// <summary>Marks, entered by judges signed in to the competition.</summary>
public static class MarksApi
{
    public static IEndpointRouteBuilder MapMarksApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/competitions/{id:long}/marks").WithTags("Marks")
            .RequireAuthorization(Roles.Judge)
            .RequireJudgeOfCompetition()
            .RequireRateLimiting(RateLimits.Marks)
            .AddEndpointFilterFactory(ValidationFilter.Create);
        group.MapPost("/", SubmitAsync)
            .WithSummary("Enter a mark. Answers once the mark is committed; the same submissionId again counts once.");
        group.MapGet("/mine", ListMineAsync)
            .WithSummary("The signed-in judge's latest mark per contestant and aspect.");
        group.MapGet("/assignments", ListAssignmentsAsync)
            .WithSummary("What the signed-in judge is to mark: contestants × aspects of their panels, with their entries and re-score requests.");
        return app;
    }

    public static async Task<Results<Ok<MarkAccepted>, ProblemHttpResult>> SubmitAsync(
        long id, SubmitMarkRequest request, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (user.JudgeOf(id) is not { } judgeId)
        {
            return Outcomes.OtherCompetition(id);
        }
        var outcome = await grains.Competition(id).SubmitMarkAsync(
            new MarkSubmission(request.SubmissionId, judgeId, request.ContestantId, request.AspectId, request.Value, request.Reason));
        return outcome.Succeeded
            ? TypedResults.Ok(new MarkAccepted(true, outcome.Value))
            : outcome.Error.ToProblem();
    }

    public static async Task<Results<Ok<IReadOnlyList<Assignment>>, ProblemHttpResult>> ListAssignmentsAsync(
        long id, ClaimsPrincipal user, IGrainFactory grains) =>
        user.JudgeOf(id) is { } judgeId
            ? TypedResults.Ok(await grains.Competition(id).GetAssignmentsAsync(judgeId))
            : Outcomes.OtherCompetition(id);

    public static async Task<Results<Ok<IReadOnlyList<RecordedMark>>, ProblemHttpResult>> ListMineAsync(
        long id, ClaimsPrincipal user, IGrainFactory grains) =>
        user.JudgeOf(id) is { } judgeId
            ? TypedResults.Ok(await grains.Competition(id).GetMarksByAsync(judgeId))
            : Outcomes.OtherCompetition(id);
}
