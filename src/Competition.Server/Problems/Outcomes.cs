using System.Security.Claims;
using Competition.Domain;
using Competition.Grains.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Competition.Server.Problems;

/// <summary>What the handlers answer for a grain's outcome, and the refusals they share.</summary>
internal static class Outcomes
{
    public static Results<Ok<Recorded>, ProblemHttpResult> ToHttp(this Outcome<long> outcome) =>
        outcome.Succeeded ? TypedResults.Ok(new Recorded(outcome.Value)) : outcome.Error.ToProblem();

    /// <summary>A service's or grain's outcome as HTTP: its value as <paramref name="answer"/> makes it, or its refusal as a problem.</summary>
    public static Results<TAnswer, ProblemHttpResult> ToHttp<T, TAnswer>(this Outcome<T> outcome, Func<T, TAnswer> answer) where TAnswer : IResult =>
        outcome.Error is { } refused ? refused.ToProblem() : answer(outcome.Value!);

    public static ProblemHttpResult CompetitionNotFound(long competitionId) =>
        ApiProblems.NotFound("competition.not-found", $"Competition {competitionId} does not exist.");

    /// <summary>A judge or chief judge token used on another competition.</summary>
    public static ProblemHttpResult OtherCompetition(long competitionId) => new DomainError(ErrorKind.Forbidden,
        "judge.other-competition", $"This token is not for competition {competitionId}.").ToProblem();
}
