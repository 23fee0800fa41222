using System.Security.Claims;
using Competition.Domain.Competitions;
using Competition.Grains.Contracts;
using Competition.Server.Auth;
using Competition.Server.Problems;
using Competition.Server.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Competition.Server.Jury;

/// <summary>
/// Changes after a lock take two people: the chief judge proposes with a reason, an organizer approves.
/// Both steps are ledger events; the mark changes only with the approval.
/// </summary>
public static class CorrectionsApi
{
    public static IEndpointRouteBuilder MapCorrectionsApi(this IEndpointRouteBuilder app)
    {
        // Rights first, then validation: a token for another competition learns nothing from a 400.
        var group = app.MapGroup("/api/competitions/{id:long}/corrections").WithTags("Corrections");
        group.MapGet("/", ListAsync).RequireAuthorization(Roles.Jury).RequireJury().WithSummary("Corrections waiting for approval.");
        group.MapPost("/", ProposeAsync).RequireAuthorization(Roles.ChiefJudge).RequireChief().AddEndpointFilterFactory(ValidationFilter.Create)
            .WithSummary("Propose a change to a judge's entry after a lock (chief judge).");
        group.MapPost("/{sequence:long}/approve", ApproveAsync).RequireAuthorization(Roles.Organizer).RequireRunning()
            .WithSummary("Approve a proposed correction (organizer): only now does the mark change.");
        return app;
    }

    public static async Task<Ok<IReadOnlyList<CorrectionProposal>>> ListAsync(long id, IGrainFactory grains) =>
        TypedResults.Ok(await grains.Competition(id).GetPendingCorrectionsAsync());

    public static async Task<Results<Ok<Recorded>, ProblemHttpResult>> ProposeAsync(
        long id, CorrectionRequest request, ClaimsPrincipal user, IGrainFactory grains) =>
        (await grains.Competition(id).ProposeCorrectionAsync(request, user.Actor())).ToHttp();

    public static async Task<Results<Ok<Recorded>, ProblemHttpResult>> ApproveAsync(
        long id, long sequence, ClaimsPrincipal user, IGrainFactory grains) =>
        (await grains.Competition(id).ApproveCorrectionAsync(sequence, user.Actor())).ToHttp();
}
