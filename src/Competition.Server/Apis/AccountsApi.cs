using System.Security.Claims;
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

/// <summary>Accounts and the administrative audit log, for organizers. Every change is audited.</summary>
public static class AccountsApi
{
    public static IEndpointRouteBuilder MapAccountsApi(this IEndpointRouteBuilder app)
    {
        var accounts = app.MapGroup("/api/accounts").WithTags("Accounts")
            .RequireAuthorization(Roles.Organizer)
            .AddEndpointFilterFactory(ValidationFilter.Create);
        accounts.MapGet("/", ListAsync).WithSummary("Every account with its role (never a password hash).");
        accounts.MapPost("/", CreateAsync).WithSummary("Create an account: organizer, HR officer (with an organisation) or negotiator.");
        accounts.MapPut("/{accountId:long}/role", GrantRoleAsync).WithSummary("Give an account another role; its sessions end.");
        app.MapGet("/api/admin/audit", ListAuditAsync).WithTags("Accounts").RequireAuthorization(Roles.Organizer)
            .WithSummary("The administrative audit log, newest first: who did what, when.");
        return app;
    }

    public static async Task<Ok<List<AccountCreated>>> ListAsync(IDbContextFactory<CompetitionDbContext> contexts, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return TypedResults.Ok(await db.Accounts.AsNoTracking().OrderBy(a => a.Id)
            .Select(a => new AccountCreated(a.Id, a.Username, a.Role, a.Organization, a.LockedUntil)).ToListAsync(cancellationToken));
    }

    public static async Task<Results<Created<AccountCreated>, ProblemHttpResult>> CreateAsync(
        CreateAccountRequest request, ClaimsPrincipal user, IDbContextFactory<CompetitionDbContext> contexts,
        IPasswordHasher<AccountEntity> hasher, AdminAuditLog audit, TimeProvider time, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var username = request.Username.Trim();
        if (await db.Accounts.AnyAsync(a => a.Username == username, cancellationToken))
        {
            return ApiProblems.Create(StatusCodes.Status409Conflict, "account.exists", $"An account named '{username}' already exists.");
        }
        var account = new AccountEntity
        {
            Username = username, PasswordHash = "", Role = request.Role ?? Roles.Organizer,
            Organization = request.Organization?.Trim(), CreatedAt = time.GetUtcNow(),
        };
        account.PasswordHash = hasher.HashPassword(account, request.Password);
        db.Accounts.Add(account);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(user.Actor(), "account.created", $"account:{account.Id}", $"{account.Username} as {account.Role}");
        return TypedResults.Created($"/api/accounts/{account.Id}", new AccountCreated(account.Id, account.Username, account.Role, account.Organization));
    }

    public static async Task<Results<Ok<AccountCreated>, ProblemHttpResult>> GrantRoleAsync(
        long accountId, RoleGrant grant, ClaimsPrincipal user, IDbContextFactory<CompetitionDbContext> contexts,
        Sessions sessions, AdminAuditLog audit, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        if (await db.Accounts.SingleOrDefaultAsync(a => a.Id == accountId, cancellationToken) is not { } account)
        {
            return ApiProblems.NotFound("account.not-found", $"Account {accountId} does not exist.");
        }
        var before = account.Role;
        (account.Role, account.Organization) = (grant.Role, grant.Organization?.Trim());
        await db.SaveChangesAsync(cancellationToken);
        // Tokens carry the old role: end the account's sessions so the new one takes effect at once.
        await sessions.SignOutAsync($"account:{account.Id}");
        await audit.RecordAsync(user.Actor(), "account.role-granted", $"account:{account.Id}", $"{before} → {account.Role}");
        return TypedResults.Ok(new AccountCreated(account.Id, account.Username, account.Role, account.Organization));
    }

    public static async Task<Ok<List<AdminAuditEntry>>> ListAuditAsync(IDbContextFactory<CompetitionDbContext> contexts, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return TypedResults.Ok(await db.AdminAudit.AsNoTracking().OrderByDescending(e => e.Id).Take(1000)
            .Select(e => new AdminAuditEntry(e.Id, e.At, e.Actor, e.Action, e.Target, e.Detail)).ToListAsync(cancellationToken));
    }
}
