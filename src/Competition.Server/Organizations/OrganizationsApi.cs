using System.Security.Claims;
using Competition.Data;
using Competition.Data.Entities;
using Competition.Server.Auth;
using Competition.Server.Problems;
using Competition.Server.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Competition.Server.Organizations;

/// <summary>The organisation registry: read by every account (the consoles' filters and forms), kept by
/// administrators. Every change is audited.</summary>
public static class OrganizationsApi
{
    public static IEndpointRouteBuilder MapOrganizationsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/organizations").WithTags("Organisations")
            .AddEndpointFilterFactory(ValidationFilter.Create);
        group.MapGet("/", ListAsync).RequireAuthorization(Roles.Account).WithSummary("Every organisation with its kind and parent, top down.");
        group.MapPost("/", CreateAsync).RequireAuthorization(Roles.Administrator).WithSummary("Register an organisation under another.");
        group.MapPut("/{organizationId:long}", UpdateAsync).RequireAuthorization(Roles.Administrator)
            .WithSummary("Rename an organisation, change its kind or move it under another.");
        return app;
    }

    public static async Task<Ok<List<OrganizationView>>> ListAsync(IDbContextFactory<CompetitionDbContext> contexts, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return TypedResults.Ok(await db.Organizations.AsNoTracking().OrderBy(o => o.ParentId != null).ThenBy(o => o.Id)
            .Select(o => new OrganizationView(o.Id, o.Name, o.Kind, o.ParentId)).ToListAsync(cancellationToken));
    }

    public static async Task<Results<Created<OrganizationView>, ProblemHttpResult>> CreateAsync(
        OrganizationRequest request, ClaimsPrincipal user, IDbContextFactory<CompetitionDbContext> contexts, OrganizationDirectory directory,
        AdminAuditLog audit, TimeProvider time, CancellationToken cancellationToken)
    {
        if (request.ParentId is not { } parent)
        {
            return ParentRequired();
        }
        if ((await directory.TreeAsync(cancellationToken)).CheckParent(null, parent) is { } refused)
        {
            return refused.ToProblem();
        }
        await using var db = contexts.CreateDbContext();
        var name = request.Name.Trim();
        if (await db.Organizations.AnyAsync(o => o.Name == name, cancellationToken))
        {
            return NameTaken(name);
        }
        var organization = new OrganizationEntity { Name = name, Kind = request.Kind, ParentId = request.ParentId, CreatedAt = time.GetUtcNow() };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Organizations.Add(organization);
        await db.SaveChangesAsync(cancellationToken);
        audit.Stage(db, user.Actor(), "organization.created", $"organization:{organization.Id}", $"{organization.Name} ({organization.Kind}) under {organization.ParentId}");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        directory.Changed();
        return TypedResults.Created($"/api/organizations/{organization.Id}", ToView(organization));
    }

    public static async Task<Results<Ok<OrganizationView>, ProblemHttpResult>> UpdateAsync(
        long organizationId, OrganizationRequest request, ClaimsPrincipal user, IDbContextFactory<CompetitionDbContext> contexts,
        OrganizationDirectory directory, AdminAuditLog audit, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        if (await db.Organizations.SingleOrDefaultAsync(o => o.Id == organizationId, cancellationToken) is not { } organization)
        {
            return ApiProblems.NotFound("organization.not-found", $"Organisation {organizationId} does not exist.");
        }
        var federation = organization.ParentId is null;
        if (federation && request.ParentId is not null)
        {
            return ApiProblems.Create(StatusCodes.Status409Conflict, "organization.federation-fixed", "The federation stays at the top of the registry; only its name changes.");
        }
        if (!federation && request.ParentId is not { })
        {
            return ParentRequired();
        }
        if (!federation && (await directory.TreeAsync(cancellationToken)).CheckParent(organizationId, request.ParentId!.Value) is { } refused)
        {
            return refused.ToProblem();
        }
        var name = request.Name.Trim();
        if (name != organization.Name && await db.Organizations.AnyAsync(o => o.Name == name, cancellationToken))
        {
            return NameTaken(name);
        }
        var before = $"{organization.Name} ({organization.Kind}) under {organization.ParentId}";
        organization.Name = name;
        if (!federation)
        {
            (organization.Kind, organization.ParentId) = (request.Kind, request.ParentId);
        }
        audit.Stage(db, user.Actor(), "organization.changed", $"organization:{organization.Id}",
            $"{before} → {organization.Name} ({organization.Kind}) under {organization.ParentId}");
        await db.SaveChangesAsync(cancellationToken);
        directory.Changed();
        return TypedResults.Ok(ToView(organization));
    }

    private static OrganizationView ToView(OrganizationEntity o) => new(o.Id, o.Name, o.Kind, o.ParentId);

    private static ProblemHttpResult ParentRequired() => ApiProblems.Create(StatusCodes.Status400BadRequest, "organization.parent-required",
        "Every organisation but the federation reports to another: give its parentId.");

    private static ProblemHttpResult NameTaken(string name) =>
        ApiProblems.Create(StatusCodes.Status409Conflict, "organization.exists", $"An organisation named '{name}' already exists.");
}
