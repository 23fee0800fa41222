using Competition.Data;
using Competition.Data.Entities;
using Competition.Grains.Contracts;
using Competition.Server.Apis.Models;
using Competition.Server.Auth;
using Competition.Server.Problems;
using Competition.Server.Security;
using Competition.Server.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Competition.Server.Apis;

/// <summary>Sign-in: organizers with a password, judges with their competition PIN.</summary>
public static class AuthApi
{
    public static IEndpointRouteBuilder MapAuthApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/auth").WithTags("Auth")
            .RequireRateLimiting(RateLimits.SignIn)
            .AddEndpointFilterFactory(ValidationFilter.Create);
        group.MapPost("/token", IssueOrganizerTokenAsync)
            .WithSummary("Organizer sign-in: username and password → bearer token.");
        group.MapPost("/judge", IssueJudgeTokenAsync)
            .WithSummary("Judge sign-in: competition, judge and PIN → bearer token for that competition.");
        return app;
    }

    public static async Task<Results<Ok<TokenResponse>, ProblemHttpResult>> IssueOrganizerTokenAsync(
        TokenRequest request, IDbContextFactory<CompetitionDbContext> contexts, IPasswordHasher<AccountEntity> hasher,
        TokenIssuer tokens, TimeProvider time, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var account = await db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.Username == request.Username, cancellationToken);
        if (account is null || hasher.VerifyHashedPassword(account, account.PasswordHash, request.Password) == PasswordVerificationResult.Failed)
        {
            return SignInRefused("Wrong username or password.");
        }
        return TypedResults.Ok(new TokenResponse(tokens.ForOrganizer(account.Id, account.Username), time.GetUtcNow() + TokenIssuer.OrganizerLifetime));
    }

    public static async Task<Results<Ok<TokenResponse>, ProblemHttpResult>> IssueJudgeTokenAsync(
        JudgeTokenRequest request, IGrainFactory grains, TokenIssuer tokens, TimeProvider time, HttpResponse response)
    {
        var signIn = await grains.GetGrain<IJudgeGrain>(request.JudgeId).SignInAsync(request.CompetitionId, request.Pin);
        switch (signIn.Result)
        {
            case JudgeSignInResult.Accepted:
                return TypedResults.Ok(new TokenResponse(tokens.ForJudge(request.CompetitionId, request.JudgeId, signIn.IsChief), time.GetUtcNow() + TokenIssuer.JudgeLifetime));
            case JudgeSignInResult.LockedOut:
                var wait = (signIn.LockedUntil ?? time.GetUtcNow()) - time.GetUtcNow();
                response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString();
                return ApiProblems.Create(StatusCodes.Status429TooManyRequests, "auth.locked-out",
                    "Too many wrong PINs: this judge is locked out for a few minutes.");
            default:
                return SignInRefused("Wrong competition, judge or PIN.");
        }
    }

    private static ProblemHttpResult SignInRefused(string title) =>
        ApiProblems.Create(StatusCodes.Status401Unauthorized, "auth.refused", title);
}
