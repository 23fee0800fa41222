using System.Security.Claims;
using Competition.Data;
using Competition.Domain.Access;
using Competition.Domain.Ledger;
using Competition.Grains.Contracts;
using Competition.Server.Problems;
using Competition.Server.Security;
using Competition.Server.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
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

    /// <summary>Every attempt is counted before the password is checked (see <see cref="SignInAttempts"/>):
    /// per address and per account, unknown usernames alike. A spent budget is refused with 429 and
    /// <c>Retry-After</c>, never by a slower answer.</summary>
    public static async Task<Results<Ok<TokenResponse>, ProblemHttpResult>> IssueAccountTokenAsync(
        TokenRequest request, HttpContext http, IDbContextFactory<CompetitionDbContext> contexts, PasswordCheck passwords,
        Sessions sessions, AdminAuditLog audit, TimeProvider time, CancellationToken cancellationToken)
    {
        var username = Usernames.Normalize(request.Username);
        var (subject, address, limits, now) = (SignInSubjects.Account(username), ClientAddress.Of(http), SignInLimits.AccountPasswords, time.GetUtcNow());
        await using var db = contexts.CreateDbContext();
        if (await SignInAttempts.BeginAsync(db, subject, address, limits, now, cancellationToken) is { } until)
        {
            return LockedOut(http.Response, until - now, "Too many wrong passwords: wait a while before trying this account again.");
        }
        var account = await db.Accounts.Include(a => a.Organization).AsNoTracking().SingleOrDefaultAsync(a => a.Username == username, cancellationToken);
        if (!passwords.Matches(account, request.Password))
        {
            if (account is not null && await SignInAttempts.SpentAsync(db, subject, address, limits, cancellationToken) is var spent
                && (spent.FromAddress || spent.Everywhere))
            {
                await audit.RecordAsync(Actors.Platform, "account.locked-out", $"account:{account.Id}", spent.Everywhere
                    ? $"{limits.PerSubject.Failures} wrong passwords within {limits.PerSubject.Window.TotalMinutes:0} minutes: locked from every address"
                    : $"{limits.PerAddress.Failures} wrong passwords within {limits.PerAddress.Window.TotalMinutes:0} minutes from {address}");
            }
            return SignInRefused("Wrong username or password.");
        }
        await SignInAttempts.SucceededAsync(db, subject, address, cancellationToken);
        return TypedResults.Ok(await sessions.StartAsync(account!));
    }

    /// <summary>Counted like an account's sign-in, per judge and address and per judge over the hour.</summary>
    public static async Task<Results<Ok<TokenResponse>, ProblemHttpResult>> IssueJudgeTokenAsync(
        JudgeTokenRequest request, HttpContext http, IDbContextFactory<CompetitionDbContext> contexts, IGrainFactory grains, TokenIssuer tokens,
        TimeProvider time, CancellationToken cancellationToken)
    {
        var (subject, address, now) = (SignInSubjects.Judge(request.JudgeId), ClientAddress.Of(http), time.GetUtcNow());
        await using var db = contexts.CreateDbContext();
        if (await SignInAttempts.BeginAsync(db, subject, address, SignInLimits.JudgePins, now, cancellationToken) is { } until)
        {
            return LockedOut(http.Response, until - now, "Too many wrong PINs: wait a while before trying this judge again.");
        }
        var signIn = await grains.Judge(request.JudgeId).SignInAsync(request.CompetitionId, request.Pin);
        switch (signIn.Result)
        {
            case JudgeSignInResult.Accepted:
                await SignInAttempts.SucceededAsync(db, subject, address, cancellationToken);
                return TypedResults.Ok(new TokenResponse(
                    tokens.ForJudge(request.CompetitionId, request.JudgeId, signIn.IsChief), now + TokenIssuer.JudgeLifetime));
            case JudgeSignInResult.NotThisJudge:
                await SignInAttempts.NotTriedAsync(db, subject, address, cancellationToken);
                break;
        }
        return SignInRefused("Wrong competition, judge or PIN.");
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

    private static ProblemHttpResult LockedOut(HttpResponse response, TimeSpan wait, string title) =>
        ApiProblems.TooManyRequests(response, wait, "auth.locked-out", title);

    private static ProblemHttpResult SignInRefused(string title) =>
        ApiProblems.Create(StatusCodes.Status401Unauthorized, "auth.refused", title);
}
