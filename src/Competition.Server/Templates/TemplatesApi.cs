using System.Security.Claims;
using Competition.Data;
using Competition.Data.Entities;
using Competition.Server.Auth;
using Competition.Server.Competitions;
using Competition.Server.Problems;
using Competition.Server.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Competition.Server.Templates;

/// <summary>Named marking-scheme templates per occupation, shared by every organizer of the federation:
/// a district's office starts its contest from the city's scheme.</summary>
public static class TemplatesApi
{
    public static IEndpointRouteBuilder MapTemplatesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/templates").WithTags("Templates")
            .RequireAuthorization(Roles.Organizer)
            .AddEndpointFilterFactory(ValidationFilter.Create);
        group.MapGet("/", ListAsync).WithSummary("Every template, by occupation and name.");
        group.MapGet("/{templateId:long}", GetAsync).WithSummary("One template with its scheme and rules.");
        group.MapPost("/", CreateAsync).WithSummary("Save a scheme (and rules) as a named template for an occupation.");
        return app;
    }

    public static async Task<Ok<List<TemplateView>>> ListAsync(IDbContextFactory<CompetitionDbContext> contexts, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var templates = await db.SchemeTemplates.AsNoTracking().OrderBy(t => t.Occupation).ThenBy(t => t.Name).ToListAsync(cancellationToken);
        return TypedResults.Ok(templates.Select(ToView).ToList());
    }

    public static async Task<Results<Ok<TemplateView>, ProblemHttpResult>> GetAsync(
        long templateId, IDbContextFactory<CompetitionDbContext> contexts, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.SchemeTemplates.AsNoTracking().SingleOrDefaultAsync(t => t.Id == templateId, cancellationToken) is { } template
            ? TypedResults.Ok(ToView(template))
            : ApiProblems.NotFound("template.not-found", $"Template {templateId} does not exist.");
    }

    public static async Task<Results<Created<TemplateView>, ProblemHttpResult>> CreateAsync(
        TemplateRequest request, ClaimsPrincipal user, IDbContextFactory<CompetitionDbContext> contexts, AdminAuditLog audit, TimeProvider time,
        CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var name = request.Name.Trim();
        if (await db.SchemeTemplates.AnyAsync(t => t.Name == name, cancellationToken))
        {
            return ApiProblems.Create(StatusCodes.Status409Conflict, "template.exists", $"A template named '{name}' already exists.");
        }
        var template = new SchemeTemplateEntity
        {
            Name = name, Occupation = request.Occupation.Trim(),
            Scheme = request.MarkingScheme.ToTemplate(),
            Rules = (request.Rules ?? Competition.Domain.Rules.CompetitionRules.Default).ForNewScheme(),
            OrganizationId = user.OrganizationIdOf(), CreatedBy = user.Actor(), CreatedAt = time.GetUtcNow(),
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.SchemeTemplates.Add(template);
        await db.SaveChangesAsync(cancellationToken);
        audit.Stage(db, user.Actor(), "template.saved", $"template:{template.Id}", $"{template.Name} ({template.Occupation})");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Created($"/api/templates/{template.Id}", ToView(template));
    }

    private static TemplateView ToView(SchemeTemplateEntity t) => new(t.Id, t.Name, t.Occupation,
        MarkingSchemeRequest.From(t.Scheme),
        t.Rules ?? Competition.Domain.Rules.CompetitionRules.Default, t.OrganizationId, t.CreatedAt);
}
