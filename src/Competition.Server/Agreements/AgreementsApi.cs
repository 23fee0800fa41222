using System.Security.Claims;
using Competition.Server.Auth;
using Competition.Server.Problems;
using Competition.Server.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Competition.Server.Agreements;

/// <summary>
/// Skill-level wage agreements (能级工资专项集体合同), for union negotiators and organizers: record one
/// and read the floor (and allowance) it gives each level.
/// </summary>
public static class AgreementsApi
{
    public static IEndpointRouteBuilder MapAgreementsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/agreements").WithTags("Wage guidance")
            .RequireAuthorization(p => p.RequireRole(Roles.Negotiator, Roles.Organizer))
            .AddEndpointFilterFactory(ValidationFilter.Create);
        group.MapPost("/", CreateAsync).WithSummary("Record a skill-level wage agreement; the answer carries each level's floor.");
        group.MapGet("/", ListAsync).WithSummary("Every agreement, newest first, with its floors.");
        group.MapGet("/{agreementId:long}", GetAsync).WithSummary("One agreement with its floors.");
        group.MapPost("/{agreementId:long}/sign", SignAsync)
            .WithSummary("Record that the parties signed a proposal: from then on it covers the workers it binds during its term.");
        return app;
    }

    public static async Task<Results<Created<AgreementView>, ProblemHttpResult>> CreateAsync(
        AgreementRequest request, ClaimsPrincipal user, AgreementBook agreements, CancellationToken cancellationToken) =>
        (await agreements.RecordAsync(request, user.Actor(), user.OrganizationIdOf(), cancellationToken)).ToHttp(a => TypedResults.Created($"/api/agreements/{a.Id}", a));

    public static async Task<Ok<List<AgreementView>>> ListAsync(AgreementBook agreements, CancellationToken cancellationToken) =>
        TypedResults.Ok(await agreements.ListAsync(cancellationToken));

    public static async Task<Results<Ok<AgreementView>, ProblemHttpResult>> GetAsync(
        long agreementId, AgreementBook agreements, CancellationToken cancellationToken) =>
        (await agreements.FindAsync(agreementId, cancellationToken)).ToHttp(TypedResults.Ok);

    public static async Task<Results<Ok<AgreementView>, ProblemHttpResult>> SignAsync(
        long agreementId, ClaimsPrincipal user, AgreementBook agreements, CancellationToken cancellationToken) =>
        (await agreements.SignAsync(agreementId, user.Actor(), cancellationToken)).ToHttp(TypedResults.Ok);
}
