using Competition.Data;
using Competition.Data.Entities;
using Competition.Server.Apis.Models;
using Competition.Server.Auth;
using Competition.Server.Problems;
using Competition.Server.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Competition.Server.Apis;

/// <summary>Organizer accounts: an organizer creates another (e.g. the second person approving corrections).</summary>
public static class AccountsApi
{
    public static IEndpointRouteBuilder MapAccountsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/accounts").WithTags("Accounts")
            .RequireAuthorization(Roles.Organizer)
            .AddEndpointFilterFactory(ValidationFilter.Create)
            .MapPost("/", CreateAsync).WithSummary("Create an organizer account.");
        return app;
    }

    public static async Task<Results<Created<AccountCreated>, ProblemHttpResult>> CreateAsync(
        CreateAccountRequest request, IDbContextFactory<CompetitionDbContext> contexts, IPasswordHasher<AccountEntity> hasher,
        TimeProvider time, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var username = request.Username.Trim();
        if (await db.Accounts.AnyAsync(a => a.Username == username, cancellationToken))
        {
            return ApiProblems.Create(StatusCodes.Status409Conflict, "account.exists", $"An account named '{username}' already exists.");
        }
        var account = new AccountEntity { Username = username, PasswordHash = "", Role = Roles.Organizer, CreatedAt = time.GetUtcNow() };
        account.PasswordHash = hasher.HashPassword(account, request.Password);
        db.Accounts.Add(account);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/accounts/{account.Id}", new AccountCreated(account.Id, account.Username, account.Role));
    }
}
