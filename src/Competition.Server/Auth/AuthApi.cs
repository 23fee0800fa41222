using System.Security.Claims;
using Competition.Data;
using Competition.Data.Entities;
using Competition.Domain.Access;
using Competition.Domain.Ledger;
using Competition.Grains.Contracts;
using Competition.Server.Problems;
using Competition.Server.Security;
using Competition.Server.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Competition.Server.Auth;

/// <summary>Sign-in (accounts with a password, judges with their competition PIN), refresh and sign-out.</summary>
public static class AuthApi
{

    public static IEndpointRouteBuilder MapAuthApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/auth").WithTags("Auth")
            .RequireRateLimiting(RateLimits.SignIn)
            .AddEndpointFilterFactory(ValidationFilter.Create);
        group.MapPost("/token", IssueAccountTokenAsync)
            .WithSummary("Account sign-in (organizer, HR officer, negotiator): username and password → bearer and refresh token.");
        group.MapPost("/judge", IssueJudgeTokenAsync)
            .WithSummary("Judge sign-in: competition, judge and PIN → bearer token for that competition.");
        group.MapPost("/refresh", RefreshAsync)
            .WithSummary("A refresh token (used once) → the next bearer and refresh token.");
        group.MapPost("/sign-out", SignOutAsync).RequireAuthorization()
            .WithSummary("Sign out: every token issued to you until now is refused.");
        return app;
    }

    public static async Task<Results<Ok<TokenResponse>, ProblemHttpResult>> IssueAccountTokenAsync(
        TokenRequest request, IDbContextFactory<CompetitionDbContext> contexts, IPasswordHasher<AccountEntity> hasher,
        Sessions sessions, AdminAuditLog audit, TimeProvider time, HttpResponse response, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var username = Usernames.Normalize(request.Username);
        var account = await db.Accounts.Include(a => a.Organization).SingleOrDefaultAsync(a => a.Username == username, cancellationToken);
        var now = time.GetUtcNow();
        if (SignInLockOut.IsLocked(account?.LockedUntil, now))
        {
            return LockedOut(response, account!.LockedUntil!.Value - now, "Too many wrong passwords: this account is locked for a few minutes.");
        }
        if (account is null || hasher.VerifyHashedPassword(account, account.PasswordHash, request.Password) == PasswordVerificationResult.Failed)
        {
            if (account is not null)
            {
                (account.FailedSignIns, account.LockedUntil) = SignInLockOut.AccountPasswords.AfterFailure(account.FailedSignIns, now);
                if (account.LockedUntil is not null)
                {
                    await audit.RecordAsync(Actors.Platform, "account.locked-out", $"account:{account.Id}",
                        $"{SignInLockOut.AccountPasswords.FailuresAllowed} wrong passwords");
                }
            }
            await db.SaveChangesAsync(cancellationToken);
            return SignInRefused("Wrong username or password.");
        }
        (account.FailedSignIns, account.LockedUntil) = (0, null);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(await sessions.StartAsync(account));
    }

    public static async Task<Results<Ok<TokenResponse>, ProblemHttpResult>> IssueJudgeTokenAsync(
        JudgeTokenRequest request, IGrainFactory grains, TokenIssuer tokens, TimeProvider time, HttpResponse response)
    {
        var signIn = await grains.GetGrain<IJudgeGrain>(request.JudgeId).SignInAsync(request.CompetitionId, request.Pin);
        return signIn.Result switch
        {
            JudgeSignInResult.Accepted => TypedResults.Ok(new TokenResponse(
                tokens.ForJudge(request.CompetitionId, request.JudgeId, signIn.IsChief), time.GetUtcNow() + TokenIssuer.JudgeLifetime)),
            JudgeSignInResult.LockedOut => LockedOut(response, (signIn.LockedUntil ?? time.GetUtcNow()) - time.GetUtcNow(),
                "Too many wrong PINs: this judge is locked out for a few minutes."),
            _ => SignInRefused("Wrong competition, judge or PIN."),
        };
    }

    public static async Task<Results<Ok<TokenResponse>, ProblemHttpResult>> RefreshAsync(RefreshRequest request, Sessions sessions) =>
        await sessions.RefreshAsync(request.RefreshToken) is { } next
            ? TypedResults.Ok(next)
            : SignInRefused("This refresh token is not valid: sign in again.");

    public static async Task<NoContent> SignOutAsync(ClaimsPrincipal user, Sessions sessions)
    {
        await sessions.SignOutAsync(user.Actor());
        return TypedResults.NoContent();
    }

    private static ProblemHttpResult LockedOut(HttpResponse response, TimeSpan wait, string title)
    {
        response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString();
        return ApiProblems.Create(StatusCodes.Status429TooManyRequests, "auth.locked-out", title);
    }

    private static ProblemHttpResult SignInRefused(string title) =>
        ApiProblems.Create(StatusCodes.Status401Unauthorized, "auth.refused", title);
}
