using System.Security.Claims;
using Competition.Data;
using Competition.Data.Entities;
using Competition.Domain;
using Competition.Domain.Access;
using Competition.Server.Auth;
using Competition.Server.Problems;
using Competition.Server.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Competition.Server.Accounts;

/// <summary>Accounts and the administrative audit log, for administrators. Every change is audited.</summary>
public static class AccountsApi
{
    public static IEndpointRouteBuilder MapAccountsApi(this IEndpointRouteBuilder app)
    {
        var accounts = app.MapGroup("/api/accounts").WithTags("Accounts")
            .RequireAuthorization(Roles.Administrator)
            .AddEndpointFilterFactory(ValidationFilter.Create);
        accounts.MapGet("/", ListAsync).WithSummary("Every account with its role (never a password hash).");
        accounts.MapPost("/", CreateAsync).WithSummary("Create an account (organizer, HR officer, negotiator or administrator) of a registry organisation.");
        accounts.MapPut("/{accountId:long}/role", GrantRoleAsync).WithSummary("Give an account another role; its sessions end.");
        app.MapGet("/api/admin/audit", ListAuditAsync).WithTags("Accounts").RequireAuthorization(Roles.Administrator)
            .WithSummary("The administrative audit log, newest first: who did what, when.");
        return app;
    }

    /// <summary>Each account with until when wrong passwords lock it out, from some address or from everywhere.</summary>
    public static async Task<Ok<List<AccountCreated>>> ListAsync(
        IDbContextFactory<CompetitionDbContext> contexts, TimeProvider time, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var accounts = await db.Accounts.AsNoTracking().Include(a => a.Organization).OrderBy(a => a.Id).ToListAsync(cancellationToken);
        var standings = await SignInAttempts.StandingsAsync(db, accounts.Select(a => SignInSubjects.Account(a.Username)).ToList(),
            SignInLimits.AccountPasswords, time.GetUtcNow(), cancellationToken);
        return TypedResults.Ok(accounts.Select(a => ToView(a, standings.GetValueOrDefault(SignInSubjects.Account(a.Username))?.LockedUntil)).ToList());
    }

    public static async Task<Results<Created<AccountCreated>, ProblemHttpResult>> CreateAsync(
        CreateAccountRequest request, ClaimsPrincipal user, IDbContextFactory<CompetitionDbContext> contexts,
        IPasswordHasher<AccountEntity> hasher, AdminAuditLog audit, TimeProvider time, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var username = Usernames.Normalize(request.Username);
        if (await db.Accounts.AnyAsync(a => a.Username == username, cancellationToken))
        {
            return ApiProblems.Create(StatusCodes.Status409Conflict, "account.exists", $"An account named '{username}' already exists.");
        }
        var belongsTo = await OrganizationOrRefusalAsync(db, request.Organization,
            request.OrganizationId ?? (request.Organization is null ? user.OrganizationIdOf() : null), cancellationToken);
        if (belongsTo.Error is { } refused)
        {
            return refused.ToProblem();
        }
        var organization = belongsTo.Value!;
        var account = new AccountEntity
        {
            Username = username, PasswordHash = "", Role = request.Role!, Organization = organization,
            CreatedAt = time.GetUtcNow(),
        };
        account.PasswordHash = hasher.HashPassword(account, request.Password);
        db.Accounts.Add(account);
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(user.Actor(), "account.created", $"account:{account.Id}", $"{account.Username} as {account.Role}");
        return TypedResults.Created($"/api/accounts/{account.Id}", ToView(account, null));
    }

    public static async Task<Results<Ok<AccountCreated>, ProblemHttpResult>> GrantRoleAsync(
        long accountId, RoleGrant grant, ClaimsPrincipal user, IDbContextFactory<CompetitionDbContext> contexts,
        Sessions sessions, AdminAuditLog audit, TimeProvider time, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        if (await db.Accounts.Include(a => a.Organization).SingleOrDefaultAsync(a => a.Id == accountId, cancellationToken) is not { } account)
        {
            return ApiProblems.NotFound("account.not-found", $"Account {accountId} does not exist.");
        }
        var before = account.Role;
        var belongsTo = await OrganizationOrRefusalAsync(db, grant.Organization, grant.OrganizationId ?? account.OrganizationId, cancellationToken);
        if (belongsTo.Error is { } refused)
        {
            return refused.ToProblem();
        }
        var organization = belongsTo.Value!;
        (account.Role, account.Organization) = (grant.Role, organization);
        await db.SaveChangesAsync(cancellationToken);
        // Tokens carry the old role: end the account's sessions so the new one takes effect at once.
        await sessions.SignOutAsync($"account:{account.Id}");
        await audit.RecordAsync(user.Actor(), "account.role-granted", $"account:{account.Id}", $"{before} → {account.Role}");
        var subject = SignInSubjects.Account(account.Username);
        var standings = await SignInAttempts.StandingsAsync(db, [subject], SignInLimits.AccountPasswords, time.GetUtcNow(), cancellationToken);
        return TypedResults.Ok(ToView(account, standings.GetValueOrDefault(subject)?.LockedUntil));
    }

    private static AccountCreated ToView(AccountEntity a, DateTimeOffset? lockedUntil) =>
        new(a.Id, a.Username, a.Role, a.Organization?.Name, lockedUntil, a.OrganizationId);

    /// <summary>The registry organisation named (by name, else by id); an account always belongs to one.</summary>
    private static async Task<Outcome<OrganizationEntity>> OrganizationOrRefusalAsync(
        CompetitionDbContext db, string? name, long? id, CancellationToken cancellationToken)
    {
        var organization = name is not null
            ? await db.Organizations.SingleOrDefaultAsync(o => o.Name == name.Trim(), cancellationToken)
            : id is { } organizationId ? await db.Organizations.SingleOrDefaultAsync(o => o.Id == organizationId, cancellationToken) : null;
        return organization is not null
            ? organization
            : new DomainError(ErrorKind.Invalid, "organization.unknown",
                $"'{name ?? id?.ToString() ?? ""}' is not an organisation of the registry: register it first (POST /api/organizations).");
    }

    public static async Task<Ok<List<AdminAuditEntry>>> ListAuditAsync(IDbContextFactory<CompetitionDbContext> contexts, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return TypedResults.Ok(await db.AdminAudit.AsNoTracking().OrderByDescending(e => e.Id).Take(1000)
            .Select(e => new AdminAuditEntry(e.Id, e.At, e.Actor, e.Action, e.Target, e.Detail)).ToListAsync(cancellationToken));
    }
}
