using System.Security.Claims;
using Competition.Domain;
using Competition.Grains.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Competition.Server.Problems;

/// <summary>What the handlers answer for a grain's outcome, and the refusals they share.</summary>
internal static class Outcomes
{
    public static Results<Ok<Recorded>, ProblemHttpResult> ToHttp(this CommandOutcome outcome) =>
        outcome is { Sequence: { } sequence } ? TypedResults.Ok(new Recorded(sequence)) : outcome.Error!.ToProblem();

    /// <summary>A judge or chief judge token used on another competition.</summary>
    public static ProblemHttpResult OtherCompetition(long competitionId) => new DomainError(ErrorKind.Forbidden,
        "judge.other-competition", $"This token is not for competition {competitionId}.").ToProblem();
}
