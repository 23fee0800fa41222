using System.Security.Claims;
using Competition.Domain;
using Competition.Grains.Contracts;
using Competition.Server.Apis.Models;
using Competition.Server.Auth;
using Competition.Server.Problems;
using Competition.Server.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Competition.Server.Apis;

/// <summary>Marks, entered by judges signed in to the competition.</summary>
public static class MarksApi
{
    public static IEndpointRouteBuilder MapMarksApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/competitions/{id:long}/marks").WithTags("Marks")
            .RequireAuthorization(Roles.Judge)
            .AddEndpointFilterFactory(ValidationFilter.Create);
        group.MapPost("/", SubmitAsync)
            .WithSummary("Enter a mark. Answers once the mark is committed; the same submissionId again counts once.");
        group.MapGet("/mine", ListMineAsync)
            .WithSummary("The signed-in judge's latest mark per contestant and aspect.");
        return app;
    }

    public static async Task<Results<Ok<MarkAccepted>, ProblemHttpResult>> SubmitAsync(
        long id, SubmitMarkRequest request, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (JudgeOf(user, id) is not { } judgeId)
        {
            return OtherCompetition(id);
        }
        var outcome = await grains.GetGrain<ICompetitionGrain>(id).SubmitMarkAsync(
            new MarkSubmission(request.SubmissionId, judgeId, request.ContestantId, request.AspectId, request.Value));
        return outcome is { Sequence: { } sequence }
            ? TypedResults.Ok(new MarkAccepted(true, sequence))
            : outcome.Error!.ToProblem();
    }

    public static async Task<Results<Ok<IReadOnlyList<RecordedMark>>, ProblemHttpResult>> ListMineAsync(
        long id, ClaimsPrincipal user, IGrainFactory grains) =>
        JudgeOf(user, id) is { } judgeId
            ? TypedResults.Ok(await grains.GetGrain<IJudgeGrain>(judgeId).GetMarksAsync())
            : OtherCompetition(id);

    /// <summary>The judge the token speaks for, when the token is for this competition.</summary>
    private static long? JudgeOf(ClaimsPrincipal user, long competitionId) =>
        user.Judge() is { } judge && judge.CompetitionId == competitionId ? judge.JudgeId : null;

    private static ProblemHttpResult OtherCompetition(long id) => new DomainError(ErrorKind.Forbidden,
        "judge.other-competition", $"This judge token is not for competition {id}.").ToProblem();
}
